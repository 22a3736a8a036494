/**
 * `atelier.html#proposition=…`: the proposal of the address goes into the queue as soon as the page
 * opens (or the fragment changes), the page shows the proposals, and the fragment is cleared so
 * that a reload does not read it twice and the address bar does not keep it. The workshop open in
 * another tab gets it too (`proposal-relay.ts`).
 */
import { PROPOSAL_PARAM } from '../../proposals/proposal-codec';
import type { WorkshopStore } from '../workshop-store';
import { moderationStore, type ModerationStore } from './moderation-store';
import { pageRelay, type Relay } from './proposal-relay';

export function readProposalFragment(
  workshop: WorkshopStore,
  moderation: ModerationStore = moderationStore(),
  relay: Relay | null = null,
): boolean {
  const hash = window.location.hash;
  if (!hash.includes(`${PROPOSAL_PARAM}=`)) return false;
  let text = hash.slice(1);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray « % »: the codec says what is wrong with the text as it is.
  }
  moderation.getState().addText(text, { kind: 'link' });
  relay?.send(text);
  workshop.getState().setStep('proposals');
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url.href.replace(/#$/, ''));
  return true;
}

/** Reads the fragment now and whenever it changes; passes its proposals on to the workshop's other tabs. */
export function listenForProposalLinks(workshop: WorkshopStore): void {
  const moderation = moderationStore();
  const relay = pageRelay(moderation);
  readProposalFragment(workshop, moderation, relay);
  window.addEventListener('hashchange', () => readProposalFragment(workshop, moderation, relay));
}
