import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { datasetLinkMetrics } from '../links/link-graph';
import { listRows } from './list';
import { ariaSort } from './list-nav';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const all = new Uint8Array(NETWORK_ACTORS.length).fill(1);
const metrics = datasetLinkMetrics(
  NETWORK_ACTORS.map((f) => f.properties),
  NETWORK_LINKS,
).byId;
const ids = (rows: number[]) => rows.map((r) => data.features[r]?.properties.id);

describe('listRows by network metrics', () => {
  it('sorts by links, most first, ties by name', () => {
    // B 4, A 3; D, E, G 2 each; C 1; F 0.
    expect(ids(listRows(data, all, 'links', null, undefined, metrics))).toEqual(['B', 'A', 'D', 'E', 'G', 'C', 'F']);
  });

  it('sorts by worlds bridged', () => {
    expect(ids(listRows(data, all, 'worlds', null, undefined, metrics))).toEqual(['B', 'A', 'E', 'C', 'D', 'G', 'F']);
  });

  it('sorts by betweenness', () => {
    expect(ids(listRows(data, all, 'betweenness', null, undefined, metrics))).toEqual(['B', 'A', 'D', 'G', 'E', 'C', 'F']);
  });

  it('falls back to names while the metrics are not there', () => {
    expect(ids(listRows(data, all, 'links', null))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });
});

describe('ariaSort of the metric columns', () => {
  it('says descending, highest first', () => {
    expect(ariaSort('links', 'links')).toBe('descending');
    expect(ariaSort('betweenness', 'betweenness')).toBe('descending');
    expect(ariaSort('worlds', 'links')).toBe('none');
  });
});
