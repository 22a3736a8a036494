import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import type { FilteredView } from '../../state/use-atlas-data';
import { drawnLinks } from './drawn-links';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const viewWith = (matches: Uint8Array) => ({ data, result: { matches }, textOrder: undefined }) as unknown as FilteredView;
const all = viewWith(new Uint8Array(NETWORK_ACTORS.length).fill(1));

describe('drawnLinks', () => {
  it('draws the selected actor’s links once for every reader of the same selection, depth and filters', () => {
    const first = drawnLinks(all, 'A', 1);
    expect(first?.drawn).toBe(3);
    expect(drawnLinks(all, 'A', 1)).toBe(first);
  });

  it('draws them again for another depth, actor or filter result', () => {
    const first = drawnLinks(all, 'A', 1);
    const deeper = drawnLinks(all, 'A', 2);
    expect(deeper).not.toBe(first);
    expect(deeper?.points.features.some((f) => f.properties.distance === 2)).toBe(true);
    expect(drawnLinks(all, 'D', 1)?.unplaced).toBe(1);
    const withoutC = new Uint8Array(NETWORK_ACTORS.length).fill(1);
    withoutC[data.rowOf.get('C') ?? -1] = 0;
    expect(drawnLinks(viewWith(withoutC), 'A', 1)?.dimmed).toBe(1);
  });

  it('draws nothing without a selection, a view or an actor in its data', () => {
    expect(drawnLinks(all, null, 1)).toBeNull();
    expect(drawnLinks(undefined, 'A', 1)).toBeNull();
    expect(drawnLinks(all, 'nobody', 1)).toBeNull();
  });
});
