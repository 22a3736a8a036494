/**
 * Full-text search over names, descriptions, themes and communes: accent- and case-insensitive,
 * prefix matching as one types, and tolerant of small typos. Every word typed must be found
 * (AND); the best matches come first (BM25 ranking, a name counting more than a commune, a theme
 * or a description).
 *
 * The words are found by MiniSearch's radix tree (`minisearch/SearchableMap`: exact, prefix and
 * fuzzy look-ups); the rows of each word are kept in plain arrays and scored in typed arrays. At
 * 100,000 rows, MiniSearch's own index took seconds to build and a hundred milliseconds and more
 * for a common word (an object per matching row and word); this one takes a few milliseconds.
 *
 * Pure: the page builds and queries the index in a worker (`state/search.worker.ts`); the node
 * tests and the bench call it directly. The texts come in as columns (one array of strings per
 * field, in the row order of `actors.columns.json`), and the descriptions, which live in the details
 * shards, can be added later, shard by shard (`addDescriptions`).
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { ActorFeature } from './model';
import { foldText } from './grammar/text';
import { searchColumns, type SearchColumns } from './search-columns';

export { searchColumns, type SearchColumns };

export interface SearchIndex {
  /** Row indices (into the features or columns indexed) matching the query, best first. */
  search(query: string): number[];
}

const NAME = 0;
const COMMUNE = 1;
const THEMES = 2;
const DESCRIPTION = 3;
const FIELD_COUNT = 4;
/** A name counts three times as much as a description, a commune twice, a theme one and a half. */
const BOOST = [3, 2, 1.5, 1];

/**
 * Up to one typo in five letters. Words of fewer than five letters must match exactly (but for
 * the prefix): "lieu" would otherwise also find "lien", "bleu", "mieux"… — thousands of rows at
 * 100,000 that nobody meant.
 */
const FUZZY = 0.2;
const MIN_FUZZY_LENGTH = 5;
const MAX_FUZZY = 2;
/**
 * Only the last word is completed (the one being typed), and only from two letters: the words
 * before it are typed in full, and a single letter begins most words of the index.
 */
const MIN_PREFIX_LENGTH = 2;
/** How much a completed or corrected word counts, next to the word typed (MiniSearch's weights). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** BM25's term saturation and length normalisation (each word is counted once per field). */
const BM25_K = 1.2;
const BM25_B = 0.7;

/** The words of a text, folded (no accents, lower case, no punctuation). */
function wordsOf(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * An index moved between threads as a few buffers: its words in order of their numbers, and the
 * rows of word `w` in field `f` at `rows[start[w * 4 + f]]` to `rows[start[w * 4 + f + 1] - 1]`.
 */
export interface FrozenIndex {
  size: number;
  words: string[];
  start: Uint32Array;
  rows: Uint32Array;
  lengths: Uint16Array[];
  totalLengths: Float64Array;
}

/** The buffers of a frozen index, to move it rather than copy it. */
export function frozenBuffers(frozen: FrozenIndex): ArrayBuffer[] {
  return [frozen.start, frozen.rows, ...frozen.lengths, frozen.totalLengths].map((a) => a.buffer as ArrayBuffer);
}

/** A typed array twice as long, its values kept. */
function grown<T extends Uint32Array | Int32Array>(array: T, fill?: number): T {
  const longer = new (array.constructor as new (n: number) => T)(array.length * 2);
  longer.set(array);
  if (fill !== undefined) longer.fill(fill, array.length);
  return longer;
}

/**
 * The index being built: texts are added to it, and `freeze` gives what a `FrozenTextIndex`
 * searches. Each (word, field, row) met is written to typed arrays, not to an array per word and
 * field: a million entries at 100,000 rows, which as objects of the thread's heap grew its young
 * generation to 60 MB.
 */
export class TextIndex implements SearchIndex {
  /** Rows indexed: the length of the columns. */
  readonly size: number;
  private readonly ids = new Map<string, number>();
  /** The entries: word × FIELD_COUNT + field, and the row. */
  private keys = new Uint32Array(1024);
  private rows = new Uint32Array(1024);
  private entries = 0;
  /** The last row written for each word × field: a word met twice in the same text counts once. */
  private lastRow = new Int32Array(1024).fill(-1);
  /** Words per field of each row, and their sum per field (for BM25's length normalisation). */
  private readonly lengths: Uint16Array[];
  private readonly totalLengths = new Float64Array(FIELD_COUNT);
  /** The folded words of each space-separated chunk met: the same chunks come back in thousands of rows. */
  private readonly folded = new Map<string, string[]>();
  /** The index as `search` reads it, made again after texts are added. */
  private view: FrozenTextIndex | null = null;

  /** Indexes the names, communes and themes, and the descriptions when the columns carry them. */
  constructor(columns: SearchColumns) {
    this.size = columns.names.length;
    this.lengths = Array.from({ length: FIELD_COUNT }, () => new Uint16Array(this.size));
    for (let row = 0; row < this.size; row++) {
      this.addText(NAME, row, columns.names[row] ?? '');
      this.addText(COMMUNE, row, columns.communeNames[row] ?? '');
      this.addText(THEMES, row, columns.themes[row] ?? '');
    }
    if (columns.descriptions) {
      this.addDescriptions(0, columns.descriptions);
      this.compact();
    }
  }

  /**
   * Frees what only served the indexing, once every text is in: the chunks' folded words, a
   * third of the index's memory at 100,000 fiches (9 of 26 MB). Texts added later still work.
   */
  compact(): void {
    this.folded.clear();
  }

  /** Adds the descriptions of the rows `first`, `first + 1`…, once each (a details shard). */
  addDescriptions(first: number, descriptions: readonly string[]): void {
    const end = Math.min(this.size, first + descriptions.length);
    for (let row = Math.max(0, first); row < end; row++) {
      if (this.lengths[DESCRIPTION]?.[row] === 0) this.addText(DESCRIPTION, row, descriptions[row - first] ?? '');
    }
  }

  /** Searches the texts added so far (as a `FrozenTextIndex` of them). */
  search(query: string): number[] {
    this.view ??= new FrozenTextIndex(this.freeze());
    return this.view.search(query);
  }

  /** The index as it is now, in buffers: texts added later are not in it. */
  freeze(): FrozenIndex {
    const words = new Array<string>(this.ids.size);
    for (const [word, id] of this.ids) words[id] = word;
    // A counting sort of the entries by word and field.
    const start = new Uint32Array(words.length * FIELD_COUNT + 1);
    for (let e = 0; e < this.entries; e++) {
      const after = (this.keys[e] as number) + 1;
      start[after] = (start[after] as number) + 1;
    }
    for (let k = 1; k < start.length; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
    const next = start.slice(0, -1);
    const rows = new Uint32Array(this.entries);
    for (let e = 0; e < this.entries; e++) {
      const key = this.keys[e] as number;
      rows[next[key] as number] = this.rows[e] as number;
      next[key] = (next[key] as number) + 1;
    }
    return {
      size: this.size,
      words,
      start,
      rows,
      lengths: this.lengths.map((l) => l.slice()),
      totalLengths: this.totalLengths.slice(),
    };
  }

  private addText(field: number, row: number, text: string): void {
    this.view = null;
    const words = this.foldWords(text);
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
        if ((id + 1) * FIELD_COUNT > this.lastRow.length) this.lastRow = grown(this.lastRow, -1);
      }
      const key = id * FIELD_COUNT + field;
      if (this.lastRow[key] === row) continue;
      this.lastRow[key] = row;
      if (this.entries === this.keys.length) {
        this.keys = grown(this.keys);
        this.rows = grown(this.rows);
      }
      this.keys[this.entries] = key;
      this.rows[this.entries] = row;
      this.entries += 1;
    }
    const length = Math.min(words.length, 0xffff);
    (this.lengths[field] as Uint16Array)[row] = length;
    this.totalLengths[field] = (this.totalLengths[field] ?? 0) + length;
  }

  /** `wordsOf(text)`, folding each chunk once (accent folding is most of the build's time). */
  private foldWords(text: string): string[] {
    const words: string[] = [];
    for (const chunk of text.split(/\s+/)) {
      if (chunk === '') continue;
      let chunkWords = this.folded.get(chunk);
      if (!chunkWords) {
        chunkWords = wordsOf(chunk);
        this.folded.set(chunk, chunkWords);
      }
      for (const word of chunkWords) words.push(word);
    }
    return words;
  }
}

/**
 * A built index, searched with its rows in a few typed arrays: where it is kept, only its words
 * are objects.
 */
export class FrozenTextIndex implements SearchIndex {
  readonly size: number;
  readonly ids = new Map<string, number>();
  readonly tree = new SearchableMap<number>();
  readonly lengths: readonly Uint16Array[];
  readonly totalLengths: Float64Array;
  /** The rows of word `w` in field `f`: `rows[start[w * 4 + f]]` to `rows[start[w * 4 + f + 1] - 1]`. */
  readonly start: Uint32Array;
  readonly rows: Uint32Array;

  constructor(frozen: FrozenIndex) {
    this.size = frozen.size;
    this.lengths = frozen.lengths;
    this.totalLengths = frozen.totalLengths;
    this.start = frozen.start;
    this.rows = frozen.rows;
    frozen.words.forEach((word, id) => {
      this.ids.set(word, id);
      this.tree.set(word, id);
    });
  }

  search(query: string): number[] {
    return searchParts(this, query);
  }
}

function searchParts(index: FrozenTextIndex, query: string): number[] {
  const terms = wordsOf(query);
  if (terms.length === 0 || index.size === 0) return [];
  const score = new Float64Array(index.size);
  // How many of the terms each row has matched so far: a row missing one is out (AND).
  const matched = new Uint8Array(index.size);
  const count = Math.min(terms.length, 255);
  for (let i = 0; i < count; i++) {
    const term = terms[i] as string;
    for (const [word, weight] of expansions(index, term, i === terms.length - 1)) {
      scoreWord(index, word, weight, i, matched, score);
    }
  }
  return bestFirst(matched, count, score);
}

/** The words of the index a term finds, with their weights: itself, its completions, its near spellings. */
function expansions(index: FrozenTextIndex, term: string, last: boolean): Map<number, number> {
  const found = new Map<number, number>();
  const exact = index.ids.get(term);
  if (exact !== undefined) found.set(exact, 1);
  if (last && term.length >= MIN_PREFIX_LENGTH) {
    for (const [word, id] of index.tree.atPrefix(term)) {
      const distance = word.length - term.length;
      if (distance > 0) found.set(id, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance));
    }
  }
  if (term.length >= MIN_FUZZY_LENGTH) {
    const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
    for (const [word, [id, distance]] of index.tree.fuzzyGet(term, maxDistance)) {
      if (distance > 0 && !found.has(id)) found.set(id, (FUZZY_WEIGHT * word.length) / (word.length + distance));
    }
  }
  return found;
}

/** Adds a word's BM25 scores to the rows still in the running for the `i`-th term. */
function scoreWord(index: FrozenTextIndex, word: number, weight: number, i: number, matched: Uint8Array, score: Float64Array): void {
  const { start, rows } = index;
  for (let field = 0; field < FIELD_COUNT; field++) {
    // Read in place: a prefix of two letters scores thousands of words.
    const from = start[word * FIELD_COUNT + field] as number;
    const to = start[word * FIELD_COUNT + field + 1] as number;
    const count = to - from;
    if (count === 0) continue;
    const lengths = index.lengths[field] as Uint16Array;
    const average = (index.totalLengths[field] as number) / index.size || 1;
    const idf = Math.log(1 + (index.size - count + 0.5) / (count + 0.5));
    const factor = weight * (BOOST[field] as number) * idf * (BM25_K + 1);
    for (let k = from; k < to; k++) {
      const row = rows[k] as number;
      const m = matched[row] as number;
      // Out already (a previous term missed it), or done by a previous term.
      if (m < i) continue;
      if (m === i) matched[row] = i + 1;
      const norm = 1 + BM25_K * (1 - BM25_B + (BM25_B * (lengths[row] as number)) / average);
      score[row] = (score[row] as number) + factor / norm;
    }
  }
}

/**
 * Scores are sorted as whole numbers (a millionth of a point), the row breaking ties: score and
 * row fit in one safe integer up to 4 million rows and a score of 1,000 (a word scores 100 at most).
 */
const SCORE_STEPS = 2 ** 20;
const ROW_SLOTS = 2 ** 22;
const MAX_SCORE = 1000;

/**
 * The rows that matched all `count` terms, best score first, then in row order. Sorted as one
 * number per row (a typed array's native sort), which is many times faster than a comparator at
 * tens of thousands of rows.
 */
function bestFirst(matched: Uint8Array, count: number, score: Float64Array): number[] {
  let hits = 0;
  for (let row = 0; row < matched.length; row++) if (matched[row] === count) hits++;
  const keys = new Float64Array(hits);
  let k = 0;
  for (let row = 0; row < matched.length; row++) {
    if (matched[row] !== count) continue;
    const s = Math.min(score[row] as number, MAX_SCORE);
    keys[k++] = Math.round((MAX_SCORE - s) * SCORE_STEPS) * ROW_SLOTS + row;
  }
  keys.sort();
  const rows = new Array<number>(hits);
  for (let i = 0; i < hits; i++) rows[i] = (keys[i] as number) % ROW_SLOTS;
  return rows;
}

/** The index of the features (their descriptions included when they carry them), built at once. */
export function buildSearchIndex(features: readonly ActorFeature[]): TextIndex {
  return new TextIndex(searchColumns(features));
}
