import { describe, expect, it } from 'vitest';
import { proposalLink } from '../../proposals/proposal-codec';
import type { PipelineClient } from '../pipeline-client';
import { createWorkshopStore } from '../workshop-store';
import { createModerationStore } from './moderation-store';
import { CORRECTION } from './moderation-fixtures';
import { createRelay, type RelayChannel } from './proposal-relay';

/** Two tabs' channels, delivering to each other as `BroadcastChannel` does (never to the sender). */
function pairOfChannels(): [RelayChannel, RelayChannel] {
  const handlers: ((data: unknown) => void)[] = [];
  const channel = (self: number): RelayChannel => ({
    listen: (handler) => void (handlers[self] = handler),
    postMessage: (data) => handlers[1 - self]?.(structuredClone(data)),
  });
  return [channel(0), channel(1)];
}

const moderation = () => createModerationStore(createWorkshopStore({ client: {} as PipelineClient }));

describe('the relay between workshop tabs', () => {
  it('puts a link opened in a new tab in the queue of the tab already open, which answers', () => {
    const [older, newer] = pairOfChannels();
    const open = moderation();
    const fresh = moderation();
    createRelay(open, older);
    const relay = createRelay(fresh, newer);
    const link = proposalLink('https://atlas.example.org/atelier.html', CORRECTION);
    fresh.getState().addText(link, { kind: 'link' });
    relay.send(link);
    expect(open.getState().queue).toMatchObject([{ status: 'pending', proposal: CORRECTION }]);
    expect(fresh.getState().otherTab).toBe(true);
    expect(open.getState().otherTab).toBe(false);
  });

  it('ignores messages of another shape', () => {
    const [older, newer] = pairOfChannels();
    const open = moderation();
    createRelay(open, older);
    for (const data of [
      null,
      'texte',
      { type: 'proposals', text: 42 },
      { type: 'proposals', text: 'x'.repeat(200_000) },
      { type: 'autre' },
    ])
      newer.postMessage(data);
    expect(open.getState().queue).toEqual([]);
  });
});
