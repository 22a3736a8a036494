/** Golden-angle spiral: spread, deterministic starting positions for the layout. */
export function spiral(i: number): [number, number] {
  const angle = i * 2.399963229728653;
  const r = Math.sqrt(i + 1) * 10;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}
