import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('zod under the Content-Security-Policy', () => {
  it('is imported only through src/domain/zod.ts, which turns code generation off first', () => {
    const direct = sources(SRC).filter((file) => /from ['"]zod(\/[\w-]+)?['"]/.test(readFileSync(file, 'utf8')));
    expect(direct.map((file) => file.slice(SRC.length + 1))).toEqual(['domain/zod.ts']);
  });
});
