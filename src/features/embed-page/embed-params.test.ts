import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTROLS,
  DEFAULT_EMBED_OPTIONS,
  EMBED_PARAM_NAMES,
  normalizeFit,
  normalizeOrigin,
  parseEmbedParams,
  serializeEmbedParams,
} from './embed-params';
import { parseParams } from '../../core/url-state';

describe('parseEmbedParams', () => {
  it('gives the defaults for an empty query', () => {
    const { options, notices } = parseEmbedParams('');
    expect(options).toEqual({ controls: ['filters', 'search', 'list', 'legend', 'territories'], fit: null, origins: [] });
    expect(notices).toEqual([]);
  });

  it('reads the controls, the fit and the origins', () => {
    const { options, notices } = parseEmbedParams(
      '?controls=search,lang,search&fit=R84&origins=https://www.reseau.fr,http://127.0.0.1:4179',
    );
    expect(options).toEqual({ controls: ['search', 'lang'], fit: 'r84', origins: ['https://www.reseau.fr', 'http://127.0.0.1:4179'] });
    expect(notices).toEqual([]);
  });

  it('shows no control at all with controls=none', () => {
    expect(parseEmbedParams('controls=none').options.controls).toEqual([]);
    // An empty value is no value: the defaults.
    expect(parseEmbedParams('controls=').options.controls).toEqual([...DEFAULT_CONTROLS]);
  });

  it('ignores unknown controls, territories and origins, and says so', () => {
    const { options, notices } = parseEmbedParams(
      'controls=filters,<script>,__proto__&fit=r999&origins=javascript:alert(1),https://a.fr/path,https://user:pw@b.fr,https://ok.fr',
    );
    expect(options).toEqual({ controls: ['filters'], fit: null, origins: ['https://ok.fr'] });
    expect(notices).toEqual([
      'Contrôle inconnu ignoré : « <script> ».',
      'Contrôle inconnu ignoré : « __proto__ ».',
      'Territoire à cadrer inconnu ignoré : « r999 ».',
      'Origine invalide ignorée : « javascript:alert(1) » (attendu : https://exemple.fr).',
      'Origine invalide ignorée : « https://a.fr/path » (attendu : https://exemple.fr).',
      'Origine invalide ignorée : « https://user:pw@b.fr » (attendu : https://exemple.fr).',
    ]);
  });

  it('ignores a well-formed territory that does not exist, and reads repeated parameters as the app URL does', () => {
    expect(parseEmbedParams('fit=r99').notices).toEqual(['Territoire à cadrer inconnu ignoré : « r99 ».']);
    expect(parseEmbedParams('fit=d977').options.fit).toBeNull();
    expect(parseEmbedParams('fit=d2b').options.fit).toBe('d2B');
    const { options, notices } = parseEmbedParams(
      'controls=search&controls=lang&fit=r84&fit=d33&origins=https://a.fr&origins=https://b.fr',
    );
    expect(options).toEqual({ controls: ['search', 'lang'], fit: 'r84', origins: ['https://a.fr', 'https://b.fr'] });
    expect(notices).toEqual(['Paramètre « fit » répété : seule la première valeur est lue, « r84 ».']);
  });

  it('keeps at most 10 origins and clips a huge value in its notice', () => {
    const many = Array.from({ length: 12 }, (_, i) => `https://site${i}.fr`).join(',');
    const { options, notices } = parseEmbedParams(`origins=${many}`);
    expect(options.origins).toHaveLength(10);
    expect(notices).toHaveLength(2);
    const huge = parseEmbedParams(`fit=${'x'.repeat(100_000)}`);
    expect(huge.options.fit).toBeNull();
    expect(huge.notices[0]?.length).toBeLessThan(100);
  });

  it('are known to the URL parser when passed as extra parameters', () => {
    expect(parseParams('controls=search&fit=r84&origins=https://a.fr', EMBED_PARAM_NAMES).notices).toEqual([]);
    expect(parseParams('controls=search').notices).toEqual(['Paramètre inconnu ignoré : « controls ».']);
  });
});

describe('normalizeFit and normalizeOrigin', () => {
  it('normalises territory codes like the area parameter', () => {
    expect(normalizeFit('D2a')).toBe('d2A');
    expect(normalizeFit('d974')).toBe('d974');
    expect(normalizeFit('Metropole')).toBe('metropole');
    expect(normalizeFit('973')).toBe('973');
    expect(normalizeFit('975')).toBeNull();
    expect(normalizeFit('r8')).toBeNull();
  });

  it('accepts bare http(s) origins only, as the browser writes them', () => {
    expect(normalizeOrigin('https://WWW.Exemple.FR/')).toBe('https://www.exemple.fr');
    expect(normalizeOrigin('https://exemple.fr:443')).toBe('https://exemple.fr');
    expect(normalizeOrigin('http://127.0.0.1:4179')).toBe('http://127.0.0.1:4179');
    for (const bad of [
      '*',
      'null',
      'exemple.fr',
      'ftp://exemple.fr',
      'https://exemple.fr?x=1',
      'https://exemple.fr#a',
      'data:text/html,hi',
      'https://a.fr\\@b.fr',
      `https://${'a'.repeat(300)}.fr`,
    ]) {
      expect(normalizeOrigin(bad), bad).toBeNull();
    }
  });
});

describe('serializeEmbedParams', () => {
  it('writes nothing for the defaults, in any order of the controls', () => {
    expect(serializeEmbedParams(DEFAULT_EMBED_OPTIONS)).toBe('');
    expect(serializeEmbedParams({ ...DEFAULT_EMBED_OPTIONS, controls: ['territories', 'legend', 'list', 'search', 'filters'] })).toBe('');
  });

  it('writes controls in their fixed order, none, fit and origins, and reads back the same', () => {
    const options = { controls: ['lang' as const, 'filters' as const], fit: 'd75', origins: ['https://a.fr', 'http://localhost:8080'] };
    const query = serializeEmbedParams(options);
    expect(query).toBe('controls=filters,lang&fit=d75&origins=https://a.fr,http://localhost:8080');
    expect(parseEmbedParams(query).options).toEqual({ ...options, controls: ['filters', 'lang'] });
    expect(serializeEmbedParams({ ...DEFAULT_EMBED_OPTIONS, controls: [] })).toBe('controls=none');
  });
});

describe('the propose parameter', () => {
  it('offers the proposal forms only when the host asks, and says what it cannot read', () => {
    expect(parseEmbedParams('propose=1')).toEqual({ options: { ...DEFAULT_EMBED_OPTIONS, propose: true }, notices: [] });
    expect(parseEmbedParams('propose=oui').options.propose).toBe(true);
    expect(parseEmbedParams('propose=0').options.propose).toBeUndefined();
    expect(parseEmbedParams('').options.propose).toBeUndefined();
    expect(parseEmbedParams('propose=peut-etre')).toEqual({
      options: DEFAULT_EMBED_OPTIONS,
      notices: ['Valeur de « propose » inconnue ignorée : « peut-etre » (attendu : 1 ou 0).'],
    });
    expect(serializeEmbedParams({ ...DEFAULT_EMBED_OPTIONS, propose: true })).toBe('propose=1');
    expect(EMBED_PARAM_NAMES).toContain('propose');
  });
});
