/**
 * A header search that matches no fiche but names a place (« Gueret », « 23000 »): the communes
 * it may mean, to search around instead. Accents, case and « St » do not matter (the gazetteer's
 * normalisation).
 */
import type { Commune, GazetteerIndex } from '../../core/gazetteer';
import { placeFromInput } from './near-place';

/** At most this many communes offered for a name several share. */
export const MAX_PLACE_OFFERS = 3;

export function placesForSearch(index: GazetteerIndex, text: string): Commune[] {
  const choice = placeFromInput(index, text);
  if (choice.kind === 'none') return [];
  if (choice.kind === 'one') return [choice.commune];
  return choice.communes.slice(0, MAX_PLACE_OFFERS);
}
