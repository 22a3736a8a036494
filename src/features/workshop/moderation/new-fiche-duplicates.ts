/**
 * The fiches a new fiche may repeat: the workshop's duplicate search run on the actors of the
 * last check plus the new one, keeping the pairs that include it. The new fiche has no point yet
 * (its commune is placed by the next check): it takes the point of a fiche of its commune, else
 * stands for its département (at a fiche's point there), where the search meets it with that
 * département's fiches; by its website and email it meets fiches anywhere.
 */
import type { ActorRecordFeature } from '../../../core/model';
import { duplicateRow, findDuplicates, type DuplicatePair, type DuplicateRow } from '../duplicates/duplicate-pairs';
import type { Proposal } from '../../proposals/proposal-schema';

/** The id the new fiche is searched under (never an actor's). */
export const NEW_FICHE_ID = '\u0000nouvelle-fiche';

/** The département of an INSEE commune code: `2A`/`2B`, `971`…`976`, else its first two digits. */
export function departementOfCommune(code: string): string {
  const c = code.trim().toUpperCase();
  if (!/^(\d{5}|2[AB]\d{3})$/.test(c)) return '';
  return c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2);
}

export interface NewFicheDuplicate {
  /** The fiche already there. */
  id: string;
  name: string;
  score: number;
  /** In French: « noms proches (92 %) ; même site web ». */
  explanation: string;
}

export function newFicheDuplicates(proposal: Proposal, actors: readonly ActorRecordFeature[]): NewFicheDuplicate[] {
  if (proposal.kind !== 'new') return [];
  const f = proposal.fields;
  const departement = departementOfCommune(f.commune ?? '');
  const commune = f.commune?.trim() ?? '';
  const sameCommune = actors.find((a) => commune !== '' && a.properties.commune === commune && a.geometry);
  const sameDepartement = actors.find((a) => departement !== '' && a.properties.departement === departement && a.geometry);
  const near = sameCommune ?? sameDepartement;
  const point = near?.geometry?.coordinates;
  const row: DuplicateRow = {
    id: NEW_FICHE_ID,
    name: f.name ?? '',
    commune,
    departement,
    region: near?.properties.region ?? '',
    precision: sameCommune ? 'commune' : sameDepartement ? 'departement' : 'none',
    point: point ? [point[0], point[1]] : null,
    website: f.website ?? '',
    email: f.email ?? '',
  };
  const names = new Map(actors.map((a) => [a.properties.id, a.properties.name]));
  const { pairs } = findDuplicates([...actors.map((a) => duplicateRow(a)), row]);
  return pairs
    .filter((p: DuplicatePair) => p.a === NEW_FICHE_ID || p.b === NEW_FICHE_ID)
    .map((p) => {
      const id = p.a === NEW_FICHE_ID ? p.b : p.a;
      return { id, name: names.get(id) ?? id, score: p.score, explanation: p.explanation };
    });
}
