import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveRpc, type RpcReply } from './worker-rpc';

afterEach(() => vi.unstubAllGlobals());

/** A worker's global scope: `receive` delivers a message, `replies` holds what was posted. */
function scope() {
  const replies: RpcReply[] = [];
  const fake = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    postMessage: (reply: RpcReply) => void replies.push(reply),
  };
  vi.stubGlobal('self', fake);
  return { replies, receive: (data: unknown) => fake.onmessage?.({ data }) };
}

describe('serveRpc', () => {
  it('answers one request after the other, in order, a promised value once it is there', async () => {
    const { replies, receive } = scope();
    let finishInit: (value: string) => void = () => {};
    serveRpc<{ type: string }>((request) =>
      request.type === 'init' ? new Promise<string>((resolve) => (finishInit = resolve)) : `${request.type} answered`,
    );
    receive({ type: 'init', seq: 1 });
    receive({ type: 'search', seq: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The search waits for the init it came after.
    expect(replies).toEqual([]);
    finishInit('ready');
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies).toEqual([
      { seq: 1, ok: true, value: 'ready' },
      { seq: 2, ok: true, value: 'search answered' },
    ]);
  });

  it('answers with the error a request threw or its promise rejected, and goes on', async () => {
    const { replies, receive } = scope();
    serveRpc<{ type: string }>((request) => {
      if (request.type === 'throws') throw new Error('bad request');
      if (request.type === 'rejects') return Promise.reject(new Error('no index'));
      return 'fine';
    });
    receive({ type: 'throws', seq: 1 });
    receive({ type: 'rejects', seq: 2 });
    receive({ type: 'ok', seq: 3 });
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(replies).toEqual([
      { seq: 1, ok: false, error: 'bad request' },
      { seq: 2, ok: false, error: 'no index' },
      { seq: 3, ok: true, value: 'fine' },
    ]);
  });
});
