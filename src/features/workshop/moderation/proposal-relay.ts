/**
 * Proposals arrive as links in mails, and a mail program opens each in a new tab: the proposal is
 * passed on to the workshop already open in another tab of this browser (same origin only,
 * `BroadcastChannel`), which puts it in its queue beside the sheets it holds; that tab answers,
 * and the new one says it may be closed. Messages are read as untrusted text: the codec decides.
 */
import type { ModerationStore } from './moderation-store';

export const RELAY_CHANNEL = 'atlas-atelier:propositions';

/** What a tab may post on the channel. */
type RelayMessage = { type: 'proposals'; text: string } | { type: 'received'; added: number };

/** A `BroadcastChannel` as used here. */
export interface RelayChannel {
  postMessage(message: unknown): void;
  listen(handler: (data: unknown) => void): void;
}

/** Longest text relayed (a link is at most a few tens of kilobytes). */
const MAX_RELAYED = 100_000;

function readMessage(data: unknown): RelayMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m['type'] === 'proposals' && typeof m['text'] === 'string' && m['text'].length <= MAX_RELAYED)
    return { type: 'proposals', text: m['text'] };
  if (m['type'] === 'received' && typeof m['added'] === 'number') return { type: 'received', added: m['added'] };
  return null;
}

export interface Relay {
  /** Passes the text of a link opened here to the other workshop tabs. */
  send(text: string): void;
}

export function createRelay(moderation: ModerationStore, channel: RelayChannel): Relay {
  channel.listen((data) => {
    const message = readMessage(data);
    if (message?.type === 'proposals') {
      const added = moderation.getState().addText(message.text, { kind: 'link' });
      channel.postMessage({ type: 'received', added: added.length } satisfies RelayMessage);
    } else if (message?.type === 'received') {
      moderation.getState().noteOtherTab();
    }
  });
  return { send: (text) => channel.postMessage({ type: 'proposals', text } satisfies RelayMessage) };
}

/** The page's relay, or none where the browser has no `BroadcastChannel`. */
export function pageRelay(moderation: ModerationStore): Relay | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(RELAY_CHANNEL);
  return createRelay(moderation, {
    postMessage: (message) => channel.postMessage(message),
    listen: (handler) => channel.addEventListener('message', (event) => handler(event.data)),
  });
}
