import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { neighbourhood } from './link-neighbourhood';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const ids = (d: ReadonlyMap<string, number>) => Object.fromEntries([...d].sort(([a], [b]) => (a < b ? -1 : 1)));
const pairs = (hood: ReturnType<typeof neighbourhood>) =>
  hood.links.map(({ link, ring }) => `${ring}:${link.source}-${link.type}-${link.target}`);

describe('neighbourhood', () => {
  it('at depth 1, holds the actor and those it is linked to, each link once', () => {
    const hood = neighbourhood(data.linksOf, 'A', 1);
    expect(ids(hood.distance)).toEqual({ A: 0, B: 1, C: 1 });
    expect(pairs(hood)).toEqual(['1:A-porte-B', '1:A-financeur-B', '1:A-partenaire-C']);
  });

  it('ignores the dangling links', () => {
    const hood = neighbourhood(data.linksOf, 'B', 1);
    expect(ids(hood.distance)).toEqual({ A: 1, B: 0, D: 1, G: 1 });
    expect(pairs(hood)).not.toContain('1:Y-membre-B');
  });

  it('at depth 2, adds the links of the linked actors, and the actors they reach', () => {
    const hood = neighbourhood(data.linksOf, 'A', 2);
    expect(ids(hood.distance)).toEqual({ A: 0, B: 1, C: 1, D: 2, G: 2 });
    expect(pairs(hood)).toEqual(['1:A-porte-B', '1:A-financeur-B', '1:A-partenaire-C', '2:B-membre-D', '2:B-partenaire-G']);
  });

  it('at depth 2, keeps a link between two linked actors once, in ring 2', () => {
    const hood = neighbourhood(data.linksOf, 'D', 2);
    expect(ids(hood.distance)).toEqual({ A: 2, B: 1, D: 0, E: 1, G: 2 });
    // B-G and G-E both reach G; D's own links first.
    expect(pairs(hood)).toEqual([
      '1:B-membre-D',
      '1:D-fondateur-E',
      '2:A-porte-B',
      '2:A-financeur-B',
      '2:B-partenaire-G',
      '2:G-partenaire-E',
    ]);
  });

  it('is just the actor when it has no link, or is unknown', () => {
    expect(ids(neighbourhood(data.linksOf, 'F', 2).distance)).toEqual({ F: 0 });
    expect(neighbourhood(data.linksOf, 'nobody', 2).links).toEqual([]);
  });
});
