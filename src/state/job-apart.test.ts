import { describe, expect, it } from 'vitest';
import { jobApart } from './job-apart';

describe('jobApart', () => {
  it('does the job here when no worker can start', async () => {
    const start = () => {
      throw new Error('no workers here');
    };
    await expect(jobApart(start, 2, [], () => 'done here')).resolves.toBe('done here');
  });

  it('posts the message to the worker, resolves with its reply and ends it; rejects with the job’s error', async () => {
    const made: FakeWorker[] = [];
    const start = (reply: unknown) => () => {
      const worker = new FakeWorker(reply);
      made.push(worker);
      return worker as unknown as Worker;
    };
    await expect(jobApart(start({ ok: true, value: 42 }), 'work', [], () => 0)).resolves.toBe(42);
    expect(made[0]?.posted).toEqual(['work']);
    expect(made[0]?.ended).toBe(true);
    await expect(jobApart(start({ ok: false, error: 'bad input' }), 'work', [], () => 0)).rejects.toThrow('bad input');
    expect(made[1]?.ended).toBe(true);
  });

  it('hands the parts the worker sends as it goes, before its value', async () => {
    const worker = new FakeWorker([{ part: 'a' }, { part: 'b' }, { ok: true, value: 2 }]);
    const parts: string[] = [];
    await expect(
      jobApart<number, string>(
        () => worker as unknown as Worker,
        'work',
        [],
        () => 0,
        (p) => parts.push(p),
      ),
    ).resolves.toBe(2);
    expect(parts).toEqual(['a', 'b']);
    expect(worker.ended).toBe(true);
  });

  it('does the job here when the worker’s script fails', async () => {
    const worker = new FakeWorker('fail');
    await expect(
      jobApart(
        () => worker as unknown as Worker,
        'work',
        [],
        () => 'done here',
      ),
    ).resolves.toBe('done here');
    expect(worker.ended).toBe(true);
  });
});

/** Answers the first message with `reply` (or each of a list of replies), or fails as a script that cannot load. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  posted: unknown[] = [];
  ended = false;
  constructor(private readonly reply: unknown) {}
  postMessage(message: unknown) {
    this.posted.push(message);
    queueMicrotask(() => {
      if (this.reply === 'fail') this.onerror?.({ preventDefault: () => {} });
      else for (const data of Array.isArray(this.reply) ? this.reply : [this.reply]) this.onmessage?.({ data });
    });
  }
  terminate() {
    this.ended = true;
  }
}
