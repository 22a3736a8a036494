import type { Lang } from '../../core/vocabulary';
import { tn } from '../../shared/i18n/strings';

interface DrawnCounts {
  drawn: number;
  dimmed: number;
  samePlace: number;
  unplaced: number;
}

/** What the map shows of the open fiche's links, in one sentence with its plurals right. */
export function drawnLinksText(counts: DrawnCounts, lang: Lang): string {
  const drawn = tn('links.map.drawn', counts.drawn, lang);
  const dimmed = counts.dimmed > 0 ? `, ${tn('links.map.dimmed', counts.dimmed, lang)}` : '';
  const hiddenCount = counts.samePlace + counts.unplaced;
  // French typography puts a space before the semicolon.
  const separator = lang === 'fr' ? ' ; ' : '; ';
  const hidden = hiddenCount > 0 ? `${separator}${tn('links.map.hidden', hiddenCount, lang)}` : '';
  return `${drawn}${dimmed}${hidden}.`;
}
