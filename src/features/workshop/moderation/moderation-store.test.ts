import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../../tests/fixtures/places';
import { proposalLink } from '../../proposals/proposal-codec';
import { inProcessClient as pipelineInProcess } from '../pipeline-service';
import { createWorkshopStore } from '../workshop-store';
import { createModerationStore } from './moderation-store';
import { CLOSED, CORRECTION, NEW_FICHE, SHEET_TEXT } from './moderation-fixtures';

const inProcessClient = () => pipelineInProcess(FIXTURE_PLACES, '2026-12-06T00:00:00.000Z');

const link = (p: typeof CORRECTION) => proposalLink('https://atlas.example.org/atelier.html', p);

describe('the moderation store', () => {
  it('merges a correction and a new fiche into the sheet, journals them, and the next check builds them', async () => {
    const workshop = createWorkshopStore({ client: inProcessClient() });
    const moderation = createModerationStore(workshop, { today: () => '2026-12-06' });
    await workshop.getState().addFiles([{ name: 'acteurs.csv', bytes: new TextEncoder().encode(SHEET_TEXT) }]);
    await workshop.getState().runChecks();

    const keys = moderation.getState().addText(`${link(CORRECTION)}\n${link(NEW_FICHE)}\n${link(CLOSED)}`, { kind: 'paste' });
    expect(keys).toHaveLength(3);
    const [correction, fresh, closed] = keys as [string, string, string];
    moderation.getState().decide(correction, 'practices', 'reject');
    expect(moderation.getState().apply(correction)).toEqual({
      kind: 'applied',
      key: correction,
      sheet: 'acteurs.csv',
      id: CORRECTION.actorId,
      changes: 3,
    });
    expect(moderation.getState().apply(fresh)).toMatchObject({ kind: 'applied', id: 'atelier-commun-de-venissieux' });
    moderation.getState().reject(closed);
    expect(moderation.getState().queue.map((e) => e.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(moderation.getState().queue.map((e) => (e.status === 'refused' ? null : e.appliedId))).toEqual([
      CORRECTION.actorId,
      'atelier-commun-de-venissieux',
      undefined,
    ]);
    // Applied once: a second click changes nothing.
    expect(moderation.getState().apply(correction)).toBeNull();

    const sheet = workshop.getState().sheets[0]!;
    expect(sheet.edited).toBe(true);
    expect(workshop.getState().stale).toBe(true);
    expect(moderation.getState().journal.map((r) => [r.fiche, r.field, r.decision])).toEqual([
      ['maison-des-alliances-de-poitiers', 'website', 'accepté'],
      ['maison-des-alliances-de-poitiers', 'email', 'accepté'],
      ['maison-des-alliances-de-poitiers', 'updatedAt', 'accepté'],
      ['maison-des-alliances-de-poitiers', 'practices', 'refusé'],
      ['atelier-commun-de-venissieux', 'id', 'accepté'],
      ['atelier-commun-de-venissieux', 'name', 'accepté'],
      ['atelier-commun-de-venissieux', 'kind', 'accepté'],
      ['atelier-commun-de-venissieux', 'practices', 'accepté'],
      ['atelier-commun-de-venissieux', 'website', 'accepté'],
      ['atelier-commun-de-venissieux', 'commune', 'accepté'],
      ['atelier-commun-de-venissieux', 'updatedAt', 'accepté'],
      ['atelier-commun', 'report', 'refusé'],
    ]);
    expect(moderation.getState().journal[0]?.ficheName).toBe('Maison des alliances de Poitiers');

    await workshop.getState().runChecks();
    const result = workshop.getState().build.result!;
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const actors = result.actors.features.map((f) => f.properties);
    expect(actors.map((a) => [a.id, a.communeName, a.updatedAt])).toEqual([
      ['maison-des-alliances-de-poitiers', 'Poitiers', '2026-12-06'],
      ['atelier-commun', 'Lyon', undefined],
      ['atelier-commun-de-venissieux', 'Vénissieux', '2026-12-06'],
    ]);
    expect(actors[0]?.website).toBe('https://alliances-poitiers.example.fr/');
    for (const text of (await workshop.getState().builtFiles()).values())
      expect(text.includes('Camille') || text.includes('dominique@')).toBe(false);
  });

  it('keeps a refused link in the queue and never applies it; says when the fiche of a correction is missing', async () => {
    const workshop = createWorkshopStore({ client: inProcessClient() });
    const moderation = createModerationStore(workshop, { today: () => '2026-12-06' });
    const [bad] = moderation.getState().addText(link(CORRECTION).slice(0, -10), { kind: 'paste' });
    expect(moderation.getState().queue[0]?.status).toBe('refused');
    expect(moderation.getState().apply(bad!)).toBeNull();
    const [good] = moderation.getState().addText(link(CORRECTION), { kind: 'link' });
    expect(moderation.getState().apply(good!)).toEqual({ kind: 'missing', key: good });
    expect(moderation.getState().queue[1]?.status).toBe('pending');
  });
});
