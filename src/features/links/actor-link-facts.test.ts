import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { actorLinkFacts } from './actor-link-facts';
import { datasetLinkMetrics } from './link-metrics';
import { NETWORK_ACTORS, NETWORK_LINKS, link } from '../../../tests/fixtures/link-network';
import { actor } from '../../../tests/fixtures/actors';

describe('actorLinkFacts', () => {
  const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
  const metrics = datasetLinkMetrics(
    NETWORK_ACTORS.map((f) => f.properties),
    NETWORK_LINKS,
  );

  it.each(['A', 'B', 'C', 'D', 'E', 'F', 'G'])('gives the same links, linked actors and worlds as the metrics for %s', (id) => {
    const { links, linked, worlds, profiles } = metrics.byId.get(id) ?? {};
    expect(actorLinkFacts(data, id)).toEqual({ links, linked, worlds, profiles });
  });

  it('leaves out a link to itself', () => {
    const solo = indexDataset([actor({ id: 's', profile: 'association' })], [link('s', 's', 'partenaire')]);
    expect(actorLinkFacts(solo, 's')).toEqual({ links: 0, linked: 0, worlds: 0, profiles: [] });
  });
});
