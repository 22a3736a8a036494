import { describe, expect, it } from 'vitest';
import { formatVerificationDate } from './format';

describe('formatVerificationDate', () => {
  it('writes a day or a month alone in the language, and nothing for no date', () => {
    expect(formatVerificationDate('2026-03-03', 'fr')).toBe('3 mars 2026');
    expect(formatVerificationDate('2026-03-03', 'en')).toBe('3 Mar 2026');
    expect(formatVerificationDate('2025-12', 'fr')).toBe('décembre 2025');
    expect(formatVerificationDate('2025-12', 'en')).toBe('December 2025');
    expect(formatVerificationDate('', 'fr')).toBe('');
  });
});
