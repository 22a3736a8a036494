import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseParams, serializeParams } from './url-state';

describe('the workshop preview’s parameter (apercu)', () => {
  it('reads apercu=1 and writes it back after the view', () => {
    const { state, notices } = parseParams('apercu=1&view=list');
    expect(notices).toEqual([]);
    expect(state.preview).toBe(true);
    expect(serializeParams(state)).toBe('view=list&apercu=1');
  });

  it('is off by default and written only when on', () => {
    expect(DEFAULT_URL_STATE.preview).toBe(false);
    expect(parseParams('apercu=0').state.preview).toBe(false);
    expect(serializeParams({ ...DEFAULT_URL_STATE, preview: false })).toBe('');
  });

  it('ignores an odd value with the usual notice', () => {
    const { state, notices } = parseParams('apercu=oui');
    expect(state.preview).toBe(false);
    expect(notices).toEqual(['Paramètre « apercu » : valeur inconnue ignorée « oui ».']);
  });
});
