import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInPhases, DESCRIPTIONS_STEP, joinSlices, startIndexBuilder, type RowsSlice } from './search-build';
import { FrozenTextIndex, type FrozenIndex } from '../core/search';

const slice = (first: number, names: string[], descriptions: string[] | null = null): RowsSlice => ({
  first,
  columns: { names, communeNames: names.map(() => 'Lyon'), themes: names.map(() => ''), descriptions },
});

const shard = (first: number, descriptions: string[]) => ({ first, details: descriptions.map((description) => ({ description })) });

afterEach(() => vi.unstubAllGlobals());

describe('joinSlices', () => {
  it('puts each slice at its rows, whatever their order; descriptions only when every slice has them', () => {
    const columns = joinSlices([slice(2, ['C']), slice(0, ['A', 'B'])], 4);
    expect(columns.names).toEqual(['A', 'B', 'C', '']);
    expect(columns.descriptions).toBeNull();
    expect(joinSlices([slice(0, ['A'], ['a']), slice(1, ['B'], ['b'])], 2).descriptions).toEqual(['a', 'b']);
    expect(joinSlices([slice(0, ['A'], ['a']), slice(1, ['B'])], 2).descriptions).toBeNull();
  });
});

describe('buildInPhases', () => {
  it('gives the names’ index, then the one with the descriptions of the details shards', async () => {
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(Response.json(url.endsWith('/0.json') ? shard(0, ['Atelier de réparation', '', 'Jardin partagé']) : {})),
    );
    const phases: { phase: string; frozen: FrozenIndex; extra: unknown }[] = [];
    await buildInPhases([slice(0, ['Maison du vélo', 'Épicerie', 'Atelier'])], 3, 'https://example.org/data/', {
      names: (frozen, descriptions) => phases.push({ phase: 'names', frozen, extra: descriptions }),
      descriptions: (frozen, missing) => phases.push({ phase: 'descriptions', frozen, extra: missing }),
    });
    expect(phases.map((p) => [p.phase, p.extra])).toEqual([
      ['names', false],
      ['descriptions', 0],
    ]);
    const [names, all] = phases.map((p) => new FrozenTextIndex(p.frozen));
    expect(names?.search('reparation')).toEqual([]);
    expect(all?.search('reparation')).toEqual([0]);
    expect(all?.search('atelier')).toEqual([2, 0]);
    expect(all?.search('jardin')).toEqual([2]);
  });

  it('ends at the first phase when the columns carry the descriptions, or when there is no data folder', async () => {
    const calls: string[] = [];
    const phases = { names: (_: FrozenIndex, d: boolean) => calls.push(`names ${d}`), descriptions: () => calls.push('descriptions') };
    await buildInPhases([slice(0, ['A'], ['a'])], 1, 'https://example.org/data/', phases);
    await buildInPhases([slice(0, ['A'])], 1, null, phases);
    expect(calls).toEqual(['names true', 'names true']);
  });

  it(`adds a shard's descriptions ${DESCRIPTIONS_STEP} at a time, each after \`beforeAdd\` (a pause while a person acts)`, async () => {
    const rows = 2 * DESCRIPTIONS_STEP + 50;
    const descriptions = Array.from({ length: rows }, (_, i) => (i === rows - 1 ? 'Ressourcerie solidaire' : `fiche ${i}`));
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(Response.json(url.endsWith('/0.json') ? shard(0, descriptions) : {})));
    let release = () => {};
    let asked = 0;
    const beforeAdd = () => {
      asked += 1;
      // The first step waits until released, as a worker waits for the quiet.
      return asked === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    };
    const phases: string[] = [];
    let all: FrozenIndex | undefined;
    const names = Array.from({ length: rows }, (_, i) => `Nom ${i}`);
    const building = buildInPhases(
      [slice(0, names)],
      rows,
      'https://example.org/data/',
      {
        names: () => phases.push('names'),
        descriptions: (frozen) => {
          phases.push('descriptions');
          all = frozen;
        },
      },
      undefined,
      beforeAdd,
    );
    await vi.waitFor(() => expect(asked).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(phases).toEqual(['names']);
    release();
    await building;
    expect(asked).toBe(3);
    expect(phases).toEqual(['names', 'descriptions']);
    expect(new FrozenTextIndex(all as FrozenIndex).search('ressourcerie')).toEqual([rows - 1]);
  });

  it('stops when cancelled: no descriptions phase', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(shard(0, ['x']))));
    const calls: string[] = [];
    await buildInPhases(
      [slice(0, ['A'])],
      1,
      'https://example.org/data/',
      { names: () => calls.push('names'), descriptions: () => calls.push('descriptions') },
      () => calls.length > 0,
    );
    expect(calls).toEqual(['names']);
  });
});

describe('startIndexBuilder where no worker can start', () => {
  it('builds in this thread, with the same phases', async () => {
    const builder = startIndexBuilder();
    builder.add(slice(0, ['Maison du vélo']));
    builder.add(slice(1, ['Atelier']));
    const frozen = await new Promise<FrozenIndex>((resolve) =>
      builder.build(2, null, { names: (f) => resolve(f), descriptions: () => {} }),
    );
    expect(new FrozenTextIndex(frozen).search('atelier')).toEqual([1]);
  });
});
