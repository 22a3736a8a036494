/**
 * The DOM of the map's markers: clusters and stacks as a ring split by practice with their
 * count, single actors as a dot (projects as a diamond, so kind does not rest on colour alone)
 * split by their practices. Every marker is a real <button> with a spoken name, so the map can be
 * used from the keyboard. Text goes in with textContent only: data is never parsed as HTML.
 */
import type { ClusterItem, StackItem } from '../../core/cluster-index';
import type { ActorProperties } from '../../core/model';
import { KINDS, PRACTICES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { numberFormat } from '../../shared/i18n/formats';
import { NO_PRACTICE_COLOR, PRACTICE_COLORS } from '../../shared/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Marker diameters in px: clusters grow with the log of their count. */
const POINT_SIZE = 18;
const CLUSTER_MIN = 30;
const CLUSTER_MAX = 58;
const RING_WIDTH = 6;

export function clusterElement(item: ClusterItem | StackItem, lang: Lang): HTMLButtonElement {
  const count = item.type === 'cluster' ? item.count : item.rows.length;
  const size = Math.min(CLUSTER_MAX, CLUSTER_MIN + Math.log2(count) * 4);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `atlas-marker atlas-cluster${item.type === 'stack' ? ' atlas-stack' : ''}`;
  button.style.width = button.style.height = `${size}px`;
  button.setAttribute('aria-label', clusterLabel(item, lang));
  button.title = button.getAttribute('aria-label') ?? '';
  button.append(ringSvg(item.practices, size));
  const label = document.createElement('span');
  label.className = 'atlas-cluster-count';
  label.textContent = shownCount(count, lang);
  button.append(label);
  return button;
}

/** The count written on a cluster: in full below 1,000, then short (« 1,9 k », "1.9k"). */
export function shownCount(count: number, lang: Lang): string {
  return count >= 1000 ? numberFormat(lang, COMPACT).format(count) : String(count);
}

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };

/**
 * The spoken name of a cluster or a stack: its count and its practices, or that none is given. A
 * short count written on the marker starts it, so that the name holds the text seen (WCAG 2.5.3).
 */
export function clusterLabel(item: ClusterItem | StackItem, lang: Lang): string {
  const n = item.type === 'cluster' ? item.count : item.rows.length;
  const label = fullLabel(item, n, lang);
  return n >= 1000 ? `${shownCount(n, lang)} – ${label}` : label;
}

function fullLabel(item: ClusterItem | StackItem, n: number, lang: Lang): string {
  const mix = PRACTICES.codes
    .map((p, i) => (item.practices[i] ? `${item.practices[i]} ${PRACTICES.label(p, lang).toLowerCase()}` : ''))
    .filter(Boolean)
    .join(', ');
  if (mix === '') return t(item.type === 'stack' ? 'marker.stackNoPractice' : 'marker.clusterNoPractice', lang, { n });
  return t(item.type === 'stack' ? 'marker.stack' : 'marker.cluster', lang, { n, mix });
}

/** What a point's marker shows of its actor. */
export type PointActor = Pick<ActorProperties, 'name' | 'kind' | 'practices' | 'precision' | 'sample'>;

export function pointElement(actor: PointActor, lang: Lang): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `atlas-marker atlas-point atlas-point-${actor.kind}${actor.sample ? ' atlas-point-sample' : ''}`;
  const practices = actor.practices.map((p) => PRACTICES.label(p, lang)).join(', ');
  const approx = actor.precision === 'commune' || actor.precision === 'coordinates' ? '' : ` (${t('marker.approximate', lang)})`;
  button.setAttribute('aria-label', `${actor.name} – ${KINDS.label(actor.kind, lang)}${practices ? `, ${practices}` : ''}${approx}`);
  button.title = actor.name;
  const colors = actor.practices.length > 0 ? actor.practices.map((p) => PRACTICE_COLORS[p]) : [NO_PRACTICE_COLOR];
  button.append(actor.kind === 'project' ? diamondSvg(colors) : dotSvg(colors));
  return button;
}

function ringSvg(counts: readonly number[], size: number): SVGSVGElement {
  const svg = svgRoot(size);
  const total = counts.reduce((a, b) => a + b, 0);
  // The ring stops 2 px short of the edge, where its outline and halo go.
  const r = size / 2 - RING_WIDTH / 2 - 2;
  const c = size / 2;
  const circumference = 2 * Math.PI * r;
  const inner = document.createElementNS(SVG_NS, 'circle');
  setAttrs(inner, { cx: c, cy: c, r: r - RING_WIDTH / 2 + 0.5, class: 'atlas-cluster-core' });
  svg.append(inner);
  // Without any practice, the whole ring takes the colour of the points that have none.
  const segments =
    total > 0
      ? PRACTICES.codes.map((p, i) => ({ color: PRACTICE_COLORS[p], share: (counts[i] ?? 0) / total }))
      : [{ color: NO_PRACTICE_COLOR, share: 1 }];
  let offset = 0;
  segments.forEach(({ color, share }) => {
    if (share === 0) return;
    const arc = document.createElementNS(SVG_NS, 'circle');
    setAttrs(arc, {
      cx: c,
      cy: c,
      r,
      fill: 'none',
      stroke: color,
      'stroke-width': RING_WIDTH,
      'stroke-dasharray': `${share * circumference} ${circumference}`,
      'stroke-dashoffset': String(-offset * circumference),
      transform: `rotate(-90 ${c} ${c})`,
    });
    svg.append(arc);
    offset += share;
  });
  // The ring's colours alone do not stand out from every map (orange on the land, blue on the
  // coverage's blues): a dark outline marks its edge on light fills, a white halo around it on
  // dark ones (3:1 at least either way).
  const halo = document.createElementNS(SVG_NS, 'circle');
  setAttrs(halo, { cx: c, cy: c, r: c - 1.25, class: 'atlas-cluster-halo' });
  const edge = document.createElementNS(SVG_NS, 'circle');
  setAttrs(edge, { cx: c, cy: c, r: c - 2, class: 'atlas-cluster-edge' });
  svg.append(halo, edge);
  return svg;
}

/** A dot split in equal slices, one per practice. */
function dotSvg(colors: string[]): SVGSVGElement {
  const svg = svgRoot(POINT_SIZE);
  const c = POINT_SIZE / 2;
  const r = c - 2;
  if (colors.length === 1) {
    const dot = document.createElementNS(SVG_NS, 'circle');
    setAttrs(dot, { cx: c, cy: c, r, fill: colors[0] ?? NO_PRACTICE_COLOR });
    svg.append(dot);
  } else {
    colors.forEach((color, i) => {
      const a0 = (i / colors.length) * 2 * Math.PI - Math.PI / 2;
      const a1 = ((i + 1) / colors.length) * 2 * Math.PI - Math.PI / 2;
      const large = a1 - a0 > Math.PI ? 1 : 0;
      const path = document.createElementNS(SVG_NS, 'path');
      const d = `M${c},${c} L${c + r * Math.cos(a0)},${c + r * Math.sin(a0)} A${r},${r} 0 ${large} 1 ${c + r * Math.cos(a1)},${c + r * Math.sin(a1)} Z`;
      setAttrs(path, { d, fill: color });
      svg.append(path);
    });
  }
  // A white halo outside the dark outline keeps the edge visible on the darkest overlay classes.
  const halo = document.createElementNS(SVG_NS, 'circle');
  setAttrs(halo, { cx: c, cy: c, r: r + 1.1, class: 'atlas-point-halo' });
  const outline = document.createElementNS(SVG_NS, 'circle');
  setAttrs(outline, { cx: c, cy: c, r, class: 'atlas-point-outline' });
  svg.append(halo, outline);
  return svg;
}

/** A diamond split in vertical bands, one per practice. */
function diamondSvg(colors: string[]): SVGSVGElement {
  const size = POINT_SIZE + 2;
  const svg = svgRoot(size);
  const c = size / 2;
  const h = c - 1.5;
  const clipId = `d${Math.random().toString(36).slice(2, 9)}`;
  const defs = document.createElementNS(SVG_NS, 'defs');
  const clip = document.createElementNS(SVG_NS, 'clipPath');
  clip.id = clipId;
  const shape = `M${c},${c - h} L${c + h},${c} L${c},${c + h} L${c - h},${c} Z`;
  const clipPath = document.createElementNS(SVG_NS, 'path');
  clipPath.setAttribute('d', shape);
  clip.append(clipPath);
  defs.append(clip);
  svg.append(defs);
  const band = (2 * h) / colors.length;
  colors.forEach((color, i) => {
    const rect = document.createElementNS(SVG_NS, 'rect');
    setAttrs(rect, { x: c - h + i * band, y: c - h, width: band, height: 2 * h, fill: color, 'clip-path': `url(#${clipId})` });
    svg.append(rect);
  });
  const outer = h + 1.6;
  const halo = document.createElementNS(SVG_NS, 'path');
  setAttrs(halo, { d: `M${c},${c - outer} L${c + outer},${c} L${c},${c + outer} L${c - outer},${c} Z`, class: 'atlas-point-halo' });
  const outline = document.createElementNS(SVG_NS, 'path');
  setAttrs(outline, { d: shape, class: 'atlas-point-outline' });
  svg.append(halo, outline);
  return svg;
}

function svgRoot(size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  setAttrs(svg, { width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' });
  return svg;
}

function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
}
