/**
 * How two organisation names are compared: folded (case, accents, punctuation), cut into words,
 * small words dropped and the words many organisations share (« association », « maison »…)
 * weighed down, so that « Association Les Amis du Vieux Moulin » and « Les amis du vieux-moulin »
 * come out as the same name while « Maison de quartier Saint-Éloi » and « Maison de quartier des
 * Couronneries » do not.
 */
import { distance } from 'fastest-levenshtein';
import { foldText } from '../../../core/grammar/text';

/** Words that tell nothing apart: left out of the comparison. */
const STOP_WORDS = new Set([
  ...['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'par', 'pour', 'sur', 'dans', 'un', 'une', 'ou'],
  ...['and', 'for', 'of', 'the', 'in', 'on'],
]);

/** Words many organisations' names share: they count, but little (`COMMON_WEIGHT`). */
const COMMON_WORDS = new Set([
  ...['association', 'associations', 'asso', 'assoc', 'collectif', 'federation', 'reseau', 'union', 'club', 'groupe', 'comite'],
  ...['maison', 'centre', 'espace', 'pole', 'tiers', 'lieu', 'lieux', 'quartier', 'foyer', 'atelier', 'ateliers'],
  ...['cooperative', 'coop', 'scic', 'scop', 'sas', 'sarl', 'sa', 'eurl', 'gip', 'gie', 'fondation', 'institut', 'agence', 'office'],
  ...['france', 'services', 'service', 'mission', 'conseil', 'communaute', 'communes', 'commune', 'ville', 'mairie'],
  ...['departement', 'departemental', 'departementale', 'region', 'regional', 'regionale', 'territoire', 'territoires'],
  ...['territorial', 'territoriale', 'local', 'locale', 'national', 'nationale', 'social', 'sociale', 'solidaire', 'solidaires'],
]);

export const COMMON_WEIGHT = 0.3;

/**
 * Words in many names of the sheet count less, whatever they are: « exemple » in every sample name,
 * « poitiers » in a sheet of Poitiers' associations. A word in `RARE_NAMES` names or fewer keeps
 * most of its weight; in 10 times more, a third; in 1,000 times more, a tenth.
 */
const RARE_NAMES = 50;
/** Words weighing at least this are the name's distinctive words. */
const DISTINCTIVE = 0.5;

export function frequencyWeight(namesWithWord: number): number {
  return 1 / (1 + Math.log2(1 + Math.max(0, namesWithWord - 1) / RARE_NAMES));
}

/** Words of at least this many letters may differ by a typo and still match. */
const FUZZY_WORD_LENGTH = 4;
/** Two words match when this share of their letters agree (« fabrique » / « fabrik »: 0,75). */
const WORD_MATCH = 0.75;
/** Block keys are the words' first letters: « fabrique » and « fabrik » land in the same block. */
const KEY_LENGTH = 4;

export interface NameKey {
  /** The name's words, folded, small words left out. */
  words: string[];
  /** Each word's weight: 1, `COMMON_WEIGHT` for a common word, less for a word in many names (`frequencyWeight`). */
  weights: number[];
  /** The distinctive words run together (all the words when none is distinctive): a capped block's sort key. */
  core: string;
  /** All the words run together: names that differ only by their spaces are the same. */
  joined: string;
  /** The words that are numbers. */
  numbers: string[];
  /** Keys of the blocks the name falls in: the distinctive words' first letters (or the common words' when there is no other). */
  keys: string[];
}

/** The name's words, folded, small words left out. */
export function nameWords(name: string): string[] {
  // Plain ASCII names (most of them) skip the Unicode folding: 100,000 names take a third of the time.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : foldText(name);
  // « A.D.I.E. » is « adie »: runs of single letters are joined before the small words go.
  const words = folded.replace(/\b(?:\p{L}[\s.]+){2,}\p{L}\b/gu, (run) => run.replace(/[\s.]+/g, ''));
  return words.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** `namesWith` tells in how many names of the sheet a word is (see `frequencyWeight`). */
export function nameKey(name: string, namesWith: (word: string) => number = () => 1): NameKey {
  return keyOfWords(nameWords(name), namesWith);
}

export function keyOfWords(nameWords: readonly string[], namesWith: (word: string) => number): NameKey {
  const words = [...new Set(nameWords)];
  const weights = words.map((w) => (COMMON_WORDS.has(w) ? COMMON_WEIGHT : 1) * frequencyWeight(namesWith(w)));
  const distinctive = words.filter((_, i) => (weights[i] ?? 0) >= DISTINCTIVE);
  const kept = distinctive.length > 0 ? distinctive : words;
  return {
    words,
    weights,
    core: kept.join(''),
    joined: words.join(''),
    numbers: words.filter(isNumber),
    keys: [...new Set(kept.map((w) => w.slice(0, KEY_LENGTH)))],
  };
}

/** Share (0–1) of the letters two texts have in common, by edit distance. */
export function letterSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  // Too short for a typo, too different in length to match, or a number: no edit distance needed.
  if (shorter < FUZZY_WORD_LENGTH || shorter < longer * WORD_MATCH || isNumber(a) || isNumber(b)) return 0;
  const s = letterSimilarity(a, b);
  return s >= WORD_MATCH ? s : 0;
}

/**
 * How close two names are (0–1): the weighted share of matching words, each word of one name
 * paired with at most one of the other, typos forgiven in long words; 1 when the names differ
 * only by their spaces (« tiers-lieu » / « tierslieu »). Names whose numbers differ (« Maison
 * France Services 1 » and « 2 ») count half.
 */
export function nameSimilarity(a: NameKey, b: NameKey): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const words = wordShare(a, b);
  if (words < 1 && a.joined === b.joined) return 1;
  return numbersDiffer(a.numbers, b.numbers) ? words / 2 : words;
}

const isNumber = (word: string): boolean => /^\d+$/.test(word);

function numbersDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.length !== b.length || a.some((n) => !b.includes(n));
}

function wordShare(a: NameKey, b: NameKey): number {
  const used = new Array<boolean>(b.words.length).fill(false);
  let matched = 0;
  let totalA = 0;
  for (let i = 0; i < a.words.length; i += 1) {
    const word = a.words[i] ?? '';
    const wa = a.weights[i] ?? 1;
    totalA += wa;
    // The same word first (most pairs), then the closest with a typo.
    let best = b.words.indexOf(word);
    let bestScore = best >= 0 && !used[best] ? 1 : 0;
    if (bestScore === 0) {
      best = -1;
      for (let j = 0; j < b.words.length; j += 1) {
        if (used[j]) continue;
        const s = wordSimilarity(word, b.words[j] ?? '');
        if (s > bestScore) {
          bestScore = s;
          best = j;
        }
      }
    }
    if (best >= 0) {
      used[best] = true;
      matched += bestScore * Math.min(wa, b.weights[best] ?? 1);
    }
  }
  let totalB = 0;
  for (const w of b.weights) totalB += w;
  return (2 * matched) / (totalA + totalB);
}
