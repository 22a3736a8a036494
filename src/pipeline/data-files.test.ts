import { describe, expect, it } from 'vitest';
import type { ActorRecordCollection } from '../core/model';
import { DatasetMetaSchema, DetailsShardSchema } from '../core/schema';
import { LINKS_FILE, LinkColumnsFileSchema, linkColumnsOfFile, linkRowsOfColumns } from '../core/link-columns';
import { louvainLabels } from '../core/link-communities';
import { indexDataset } from '../core/dataset-index';
import { linkRowPairs } from '../features/links/ecosystem/ecosystem-rows';
import type { Link } from '../core/model';
import { ACTORS_FILE } from '../core/actor-columns';
import { readBigFile } from '../state/data-file-read';
import { actor, EMPTY_META } from '../../tests/fixtures/actors';
import { DETAILS_SHARD_SIZE, splitActors, writeDataFiles } from './data-files';
import { ClusterOverviewSchema, clusterOverviewOf, OVERVIEW_FILE, OVERVIEW_MIN_PLACED } from '../core/cluster-overview';

const META = EMPTY_META;

function collection(rows: number): ActorRecordCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: rows }, (_, i) =>
      actor({
        id: `a${i}`,
        description: `Description ${i}`,
        website: `https://a${i}.example`,
        sources: [`doc ${i}`],
        locationBasis: 'seed',
        verifiedAt: i % 2 === 0 ? '2026-03-03' : '',
      }),
    ),
  };
}

const json = (files: Map<string, string>, name: string): unknown => JSON.parse(files.get(name) ?? 'null');

describe('writeDataFiles', () => {
  it('writes the map’s columns without the fiche-only fields, in the same row order, and valid', () => {
    const { files } = writeDataFiles({ actors: collection(3), links: [], meta: META });
    const actors = readBigFile(ACTORS_FILE, json(files, ACTORS_FILE));
    expect(actors.features.map((f) => f.properties.id)).toEqual(['a0', 'a1', 'a2']);
    expect(actors.features[0]).toMatchObject({ type: 'Feature', id: 'a0', geometry: { type: 'Point' } });
    for (const key of ['description', 'website', 'sources', 'locationBasis', 'verifiedAt'])
      expect(Object.keys(actors.features[0]!.properties)).not.toContain(key);
    expect(readBigFile(LINKS_FILE, json(files, LINKS_FILE))).toEqual([]);
    expect([...files.keys()]).toEqual(['actors.columns.json', 'details/0.json', 'links.columns.json', 'meta.json']);
    expect(Object.keys(json(files, ACTORS_FILE) as object)).not.toContain('description');
    expect([...files.values()].every((text) => text.endsWith('}\n') || text.endsWith(']\n'))).toBe(true);
  });

  it('writes the first markers of a large dataset (overview.json), made from the actors’ file as the page reads it, and names them in meta.json', () => {
    // 5,000 placed fiches on a grid over France: the overview's threshold.
    const many: ActorRecordCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: OVERVIEW_MIN_PLACED }, (_, i) =>
        actor({ id: `a${i}`, practices: ['dialogue'] }, [-4 + (i % 100) * 0.12, 42.5 + Math.floor(i / 100) * 0.17]),
      ),
    };
    const { files, meta } = writeDataFiles({ actors: many, links: [], meta: META });
    expect(meta.overview).toEqual({ file: OVERVIEW_FILE, maxZoom: 7 });
    expect(DatasetMetaSchema.parse(json(files, 'meta.json')).overview).toEqual(meta.overview);
    const overview = ClusterOverviewSchema.parse(json(files, OVERVIEW_FILE));
    expect(overview.rows).toBe(OVERVIEW_MIN_PLACED);
    expect(overview).toEqual(clusterOverviewOf(readBigFile(ACTORS_FILE, json(files, ACTORS_FILE)).features));
    expect(overview.levels[0]!.clusters.reduce((n, c) => n + c.count, 0)).toBe(OVERVIEW_MIN_PLACED);
    // One fiche less, or one without a place: no overview.
    const fewer = { ...many, features: many.features.slice(1) };
    expect(writeDataFiles({ actors: fewer, links: [], meta: META }).meta.overview).toBeUndefined();
    expect([...writeDataFiles({ actors: fewer, links: [], meta: META }).files.keys()]).not.toContain(OVERVIEW_FILE);
  });

  it.each([
    [999, 1],
    [1000, 1],
    [1001, 2],
  ])('cuts %i rows into %i shards of 1000 rows, each in row order from its first row', (rows, shards) => {
    const { files, meta } = writeDataFiles({ actors: collection(rows), links: [], meta: META });
    expect(DatasetMetaSchema.parse(json(files, 'meta.json'))).toEqual(meta);
    expect(meta.details).toEqual({ shardSize: DETAILS_SHARD_SIZE, shards });
    expect(DETAILS_SHARD_SIZE).toBe(1000);
    const names = [...files.keys()].filter((n) => n.startsWith('details/'));
    expect(names).toEqual(Array.from({ length: shards }, (_, k) => `details/${k}.json`));
    const all = names.map((n) => DetailsShardSchema.parse(json(files, n)));
    expect(all.map((s) => s.first)).toEqual(Array.from({ length: shards }, (_, k) => k * 1000));
    expect(all.map((s) => s.details.length)).toEqual(Array.from({ length: shards }, (_, k) => Math.min(1000, rows - k * 1000)));
    const last = all.at(-1)!;
    expect(last.details.at(-1)).toEqual({
      id: `a${rows - 1}`,
      description: `Description ${rows - 1}`,
      website: `https://a${rows - 1}.example`,
      sources: [`doc ${rows - 1}`],
      locationBasis: 'seed',
      verifiedAt: (rows - 1) % 2 === 0 ? '2026-03-03' : '',
    });
    // Exactly this shape (a search worker reads it too).
    expect(Object.keys(JSON.parse(files.get('details/0.json')!) as object)).toEqual(['first', 'details']);
    expect(Object.keys(all[0]!.details[0]!)).toEqual(['id', 'description', 'website', 'sources', 'locationBasis', 'verifiedAt']);
  });

  it('writes no shard for no actor, and the report when given', () => {
    const { files, meta } = writeDataFiles({ actors: collection(0), links: [], meta: META, problems: [] });
    expect(meta.details).toEqual({ shardSize: 1000, shards: 0 });
    expect([...files.keys()]).toEqual(['actors.columns.json', 'links.columns.json', 'meta.json', 'report.json']);
  });

  it('is deterministic', () => {
    const a = writeDataFiles({ actors: collection(1500), links: [], meta: META }).files;
    const b = writeDataFiles({ actors: collection(1500), links: [], meta: META }).files;
    expect([...a]).toEqual([...b]);
  });
});

describe('splitActors', () => {
  it('keeps every property in one part or the other', () => {
    const { collection: map, details } = splitActors(collection(2));
    const whole = collection(2).features[1]!.properties;
    const { id: _, ...rest } = details[1]!;
    expect({ ...map.features[1]!.properties, ...rest }).toEqual(whole);
    expect(details.map((d) => d.verifiedAt)).toEqual(['2026-03-03', '']);
  });

  it('reads a shard written before the verification date existed as having none', () => {
    const old = { first: 0, details: [{ id: 'a', description: '', website: '', sources: [], locationBasis: '' }] };
    expect(DetailsShardSchema.parse(old).details[0]!.verifiedAt).toBe('');
    expect(DetailsShardSchema.safeParse({ first: 0, details: [{ ...old.details[0], verifiedAt: '03/03/2026' }] }).success).toBe(false);
    expect(DetailsShardSchema.safeParse({ first: 0, details: [{ ...old.details[0], verifiedAt: '2026-03' }] }).success).toBe(true);
  });
});

describe('the network’s communities written with the links', () => {
  it('are those the page finds on the graph it reads back', () => {
    const actors = collection(60);
    // Groups of six linked in rings, a few links between groups, one link to itself, one to an unknown id.
    const link = (s: number, t: number | string): Link => ({
      source: `a${s}`,
      target: typeof t === 'string' ? t : `a${t}`,
      type: 'partenaire',
      note: '',
      sources: [],
      sample: true,
    });
    const links: Link[] = [];
    for (let g = 0; g < 9; g += 1)
      for (let k = 0; k < 6; k += 1) links.push(link(g * 6 + k, g * 6 + ((k + 1) % 6)), link(g * 6 + k, g * 6 + ((k + 2) % 6)));
    links.push(link(0, 6), link(12, 18), link(30, 30), link(31, 'inconnu'));
    const { files } = writeDataFiles({ actors, links, meta: META });
    const file = LinkColumnsFileSchema.parse(json(files, LINKS_FILE));
    const read = readBigFile(ACTORS_FILE, json(files, ACTORS_FILE));
    const rowOf = new Map(read.features.map((f, row) => [f.properties.id, row]));
    const written = linkRowsOfColumns(linkColumnsOfFile(file), rowOf, read.features.length).communityLabels!;
    // What the page would find: Louvain on the ecosystem's pairs of rows, every actor a node.
    const data = indexDataset(read.features, readBigFile(LINKS_FILE, json(files, LINKS_FILE)));
    expect([...written]).toEqual([...louvainLabels(read.features.length, linkRowPairs(data))]);
    expect(new Set(written).size).toBeGreaterThan(5);
    expect([...written.subarray(54)]).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});
