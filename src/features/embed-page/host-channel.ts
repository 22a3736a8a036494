/**
 * The embed's side of the postMessage channel with its host page: posts events to the parent
 * window (with the narrowest target origin the allow-list permits) and hands validated commands
 * to a handler. Messages that are not for us, from elsewhere or malformed are ignored: counted on
 * `<html data-ignored-messages>` and logged at debug level, never thrown.
 */
import { readCommand, targetOrigin, type Command, type EmbedEvent, type IgnoreReason } from './embed-messages';

export interface HostChannel {
  /** The page is inside a frame: there is a host to talk to. */
  readonly framed: boolean;
  post(event: EmbedEvent): void;
  /** Calls `handler` with every valid command; returns the unsubscribe function. */
  onCommand(handler: (command: Command) => void): () => void;
  /** Counts a command that was well formed but could not be applied (an unknown actor…). */
  reject(detail: string): void;
}

export function createHostChannel(origins: readonly string[], win: Window = window): HostChannel {
  const framed = win.parent !== win;
  let learned: string | null = null;
  let ignored = 0;

  const count = (reason: IgnoreReason | 'unusable', detail: string) => {
    ignored += 1;
    win.document.documentElement.dataset['ignoredMessages'] = String(ignored);
    console.debug(`[atlas embed] message ignored (${reason}): ${detail}`);
  };

  return {
    framed,
    post(event) {
      if (!framed) return;
      const target = targetOrigin(origins, {
        learned,
        ancestor: win.location.ancestorOrigins?.[0] ?? null,
        referrer: win.document.referrer,
      });
      if (target === null) {
        console.debug(`[atlas embed] ${event.type} not sent: the host origin is not known to be allowed yet`);
        return;
      }
      win.parent.postMessage(event, target);
    },
    onCommand(handler) {
      const listener = (event: MessageEvent) => {
        const read = readCommand({ data: event.data, origin: event.origin, fromParent: framed && event.source === win.parent }, origins);
        if (!read.ok) {
          count(read.reason, read.detail);
          return;
        }
        if (origins.length > 0) learned = event.origin;
        handler(read.message);
      };
      win.addEventListener('message', listener);
      return () => win.removeEventListener('message', listener);
    },
    reject(detail) {
      count('unusable', detail);
    },
  };
}
