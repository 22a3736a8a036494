/**
 * The time a data file is given: 30 s in all, the second try included, so that « ne répond pas »
 * comes after 30 s and not after two waits of 30 s. Fake timers: no test waits for real.
 */
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataFileError, loadDataFile, RESPONSE_TIMEOUT_MS, RETRY_DELAY_MS } from './data-file-fetch';
import { createQueryClient } from './query-client';
import { metaQuery } from './queries';

type Answer = 'never' | 'network' | 404 | { json: unknown };

/** A `fetch` that gives the answers in turn (the last one again), and the times it was called at. */
function serve(...answers: Answer[]) {
  const calls: number[] = [];
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    calls.push(Date.now() - started);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      if (answer === 'never') return;
      if (answer === 'network') reject(new TypeError('Failed to fetch'));
      else if (answer === 404) resolve(new Response('Not Found', { status: 404, statusText: 'Not Found' }));
      else resolve(new Response(JSON.stringify(answer.json), { status: 200 }));
    });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

let started = 0;

beforeEach(() => {
  vi.useFakeTimers();
  started = Date.now();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The load's outcome, and the time it settled at, once `ms` have passed. */
async function settleWithin<T>(promise: Promise<T>, ms: number) {
  const outcome: { at?: number; value?: T; error?: unknown } = {};
  promise.then(
    (value) => Object.assign(outcome, { at: Date.now() - started, value }),
    (error: unknown) => Object.assign(outcome, { at: Date.now() - started, error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
}

const identity = (json: unknown) => json;

describe('loadDataFile', () => {
  it('says « timeout » after 30 s when the server never answers, without a second wait', async () => {
    const calls = serve('never');
    const load = loadDataFile('actors.columns.json', new AbortController().signal, identity);
    expect(await settleWithin(load, RESPONSE_TIMEOUT_MS - 1)).toEqual({});
    const outcome = await settleWithin(load, 1);
    expect(outcome.at).toBe(RESPONSE_TIMEOUT_MS);
    expect(outcome.error).toBeInstanceOf(DataFileError);
    expect(outcome.error).toMatchObject({
      file: 'actors.columns.json',
      reason: 'timeout',
      message: 'actors.columns.json: no answer in 30 s',
    });
    expect(calls).toEqual([0]);
  });

  it('counts the second try inside the 30 s: a failure, a second’s wait, then a server that never answers', async () => {
    const calls = serve('network', 'never');
    const outcome = await settleWithin(loadDataFile('links.columns.json', new AbortController().signal, identity), 40_000);
    expect(calls).toEqual([0, RETRY_DELAY_MS]);
    expect(outcome.at).toBe(RESPONSE_TIMEOUT_MS);
    expect(outcome.error).toMatchObject({ file: 'links.columns.json', reason: 'timeout' });
  });

  it('tries a failed file again once, a second later, and gives its content', async () => {
    const calls = serve(404, { json: { ok: 1 } });
    const outcome = await settleWithin(loadDataFile('meta.json', new AbortController().signal, identity), 5_000);
    expect(calls).toEqual([0, RETRY_DELAY_MS]);
    expect(outcome).toEqual({ at: RETRY_DELAY_MS, value: { ok: 1 } });
  });

  it('gives the second failure when both tries fail, and tries no third time', async () => {
    const calls = serve(404);
    const outcome = await settleWithin(loadDataFile('meta.json', new AbortController().signal, identity), 5_000);
    expect(calls).toEqual([0, RETRY_DELAY_MS]);
    expect(outcome.error).toMatchObject({ reason: 'http', status: '404 Not Found' });
  });

  it('tries a file of the wrong shape again too (a file being replaced on the server)', async () => {
    const calls = serve({ json: {} }, { json: { builtAt: 'x' } });
    const read = (json: unknown) => {
      if (!(json as { builtAt?: string }).builtAt) throw new DataFileError('meta.json', 'shape', 'builtAt: expected string');
      return json;
    };
    const outcome = await settleWithin(loadDataFile('meta.json', new AbortController().signal, read), 5_000);
    expect(calls).toEqual([0, RETRY_DELAY_MS]);
    expect(outcome.value).toEqual({ builtAt: 'x' });
  });

  it('stops at once when the query is cancelled, without a second try', async () => {
    const calls = serve('never');
    const controller = new AbortController();
    const load = loadDataFile('actors.columns.json', controller.signal, identity);
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort();
    const outcome = await settleWithin(load, 60_000);
    expect(outcome.at).toBe(5_000);
    expect(outcome.error).not.toBeInstanceOf(DataFileError);
    expect(calls).toEqual([0]);
  });
});

describe('a data file’s query, as the page runs it', () => {
  it('fails with « timeout » after 30 s in all: the query adds no retry of its own', async () => {
    const calls = serve('never');
    const client = createQueryClient();
    const observer = new QueryObserver(client, metaQuery());
    const errors: { at: number; error: unknown }[] = [];
    const unsubscribe = observer.subscribe((result) => {
      if (result.isError) errors.push({ at: Date.now() - started, error: result.error });
    });
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS - 1);
    expect(errors).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ at: RESPONSE_TIMEOUT_MS, error: { file: 'meta.json', reason: 'timeout' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([0]);
    unsubscribe();
    client.clear();
  });
});
