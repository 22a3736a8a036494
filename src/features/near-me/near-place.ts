/**
 * What the "near me" box makes of what people type: a commune name (with or without accents,
 * "St" for "Saint"), a postcode, an INSEE code, or the label of a suggestion ("Poitiers (86)").
 * Several communes for one input (homonyms, a shared postcode) are handed back to choose from.
 */
import { normalizeInseeCode, type Commune, type GazetteerIndex } from '../../core/gazetteer';
import { COMMUNE_CODE, POSTCODE } from '../../core/grammar/insee';

export type PlaceChoice =
  | { kind: 'one'; commune: Commune }
  /** `postcode`: the communes a postcode (or code) serves; `homonyms`: communes of one name. */
  | { kind: 'choose'; why: 'postcode' | 'homonyms'; communes: Commune[] }
  | { kind: 'none' };

/** "Poitiers (86)": how a commune is shown and typed back; the département tells homonyms apart. */
export function communeLabel(c: Pick<Commune, 'name' | 'departement'>): string {
  return `${c.name} (${c.departement})`;
}

/** A postcode or an INSEE code, possibly without its leading zero: "86000", "1400", "2A004". */
function isNumberLike(value: string): boolean {
  return POSTCODE.test(value) || COMMUNE_CODE.test(value) || POSTCODE.test(`0${value}`);
}

/** "Saint-Denis (93)" → name and département. */
const LABELLED = /^(.*\S)\s*\((\d{2,3}|2[AB])\)$/i;

/** The commune with this INSEE code, current or (failing that) delegated, for `near=<code>`. */
export function communeByCode(index: GazetteerIndex, code: string): Commune | undefined {
  const wanted = normalizeInseeCode(code);
  return index.byCode(wanted) ?? index.communes.find((c) => c.code === wanted);
}

/** The suggestions for what is typed so far, best first. */
export function suggestPlaces(index: GazetteerIndex, text: string, limit: number): Commune[] {
  const labelled = LABELLED.exec(text.trim());
  if (labelled) {
    const [, name = '', dep = ''] = labelled;
    return index
      .suggest(name, limit * 4)
      .filter((c) => c.departement === dep.toUpperCase())
      .slice(0, limit);
  }
  return index.suggest(text, limit);
}

/** What Enter means for the text typed: one commune, several to choose from, or none. */
export function placeFromInput(index: GazetteerIndex, text: string): PlaceChoice {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  const compact = trimmed.replace(/\s+/g, '');
  if (isNumberLike(compact)) {
    const served = index.byPostcode(compact);
    const coded = index.byCode(compact);
    const communes = coded === undefined || served.includes(coded) ? served : [...served, coded];
    return decide(communes, 'postcode');
  }
  const labelled = LABELLED.exec(trimmed);
  if (labelled) {
    const [, name = '', dep = ''] = labelled;
    return decide(index.byName(name, dep), 'homonyms');
  }
  return decide(index.byName(trimmed), 'homonyms');
}

function decide(communes: Commune[], why: 'postcode' | 'homonyms'): PlaceChoice {
  const [first, ...others] = communes;
  if (first === undefined) return { kind: 'none' };
  return others.length === 0 ? { kind: 'one', commune: first } : { kind: 'choose', why, communes };
}
