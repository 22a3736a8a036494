import { afterEach, describe, expect, it, vi } from 'vitest';
import { proposalLink } from '../../proposals/proposal-codec';
import type { PipelineClient } from '../pipeline-client';
import { createWorkshopStore } from '../workshop-store';
import { createModerationStore } from './moderation-store';
import { CORRECTION } from './moderation-fixtures';
import { readProposalFragment } from './proposal-fragment';

const NO_CLIENT = {} as PipelineClient;

afterEach(() => {
  vi.unstubAllGlobals();
});

function pageAt(href: string) {
  const replaced: string[] = [];
  vi.stubGlobal('window', {
    location: { href, hash: new URL(href).hash },
    history: { state: null, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) },
  });
  return replaced;
}

describe('readProposalFragment', () => {
  it('puts the proposal of the address in the queue, shows the proposals and clears the fragment', () => {
    const link = proposalLink('https://atlas.example.org/atelier.html?lang=en', CORRECTION);
    const replaced = pageAt(link);
    const workshop = createWorkshopStore({ client: NO_CLIENT });
    const moderation = createModerationStore(workshop);
    expect(readProposalFragment(workshop, moderation)).toBe(true);
    expect(moderation.getState().queue).toMatchObject([{ status: 'pending', proposal: CORRECTION, origin: { kind: 'link' } }]);
    expect(moderation.getState().selected).toBe(moderation.getState().queue[0]?.key);
    expect(workshop.getState().step).toBe('proposals');
    expect(replaced).toEqual(['https://atlas.example.org/atelier.html?lang=en']);
  });

  it('leaves an address without a proposal alone', () => {
    const replaced = pageAt('https://atlas.example.org/atelier.html#autre');
    const workshop = createWorkshopStore({ client: NO_CLIENT });
    const moderation = createModerationStore(workshop);
    expect(readProposalFragment(workshop, moderation)).toBe(false);
    expect(moderation.getState().queue).toEqual([]);
    expect(workshop.getState().step).toBe('open');
    expect(replaced).toEqual([]);
  });
});
