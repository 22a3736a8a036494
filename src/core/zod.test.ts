import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url)).replace(/[/\\]$/, '');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('zod under the Content-Security-Policy', () => {
  it('is imported only through src/core/zod.ts, which turns code generation off first', () => {
    const direct = sources(SRC).filter((file) => /from ['"]zod(\/[\w-]+)?['"]/.test(readFileSync(file, 'utf8')));
    expect(direct.map((file) => file.slice(SRC.length + 1))).toEqual(['core/zod.ts']);
  });
});

describe('describeIssue', () => {
  it('says where and what, without zod’s message catalogue', async () => {
    const { ActorCollectionSchema } = await import('./schema');
    const { describeIssue } = await import('./zod');
    const wrongType = ActorCollectionSchema.safeParse({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'a', geometry: null, properties: 3 }],
    });
    expect(wrongType.success).toBe(false);
    if (!wrongType.success) expect(describeIssue(wrongType.error.issues[0]!, 'file')).toBe('features.0.properties: expected object');
    const wrongCode = ActorCollectionSchema.safeParse({ type: 'Collection', features: [] });
    if (!wrongCode.success) expect(describeIssue(wrongCode.error.issues[0]!, 'file')).toBe('type: expected one of "FeatureCollection"');
    expect(describeIssue({ code: 'too_big', path: [], message: '', maximum: 100 }, 'message')).toBe('message: too big (at most 100)');
    expect(describeIssue({ code: 'custom', path: ['website'], message: 'website must be http(s)' })).toBe(
      'website: website must be http(s)',
    );
  });
});
