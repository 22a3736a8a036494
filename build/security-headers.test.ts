/**
 * The security headers' one source, `public/_headers`: its reader, the rules it states for the app,
 * the embed page and the data, and what the build makes of it (the CSP <meta>, the online
 * basemap's origin).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowOrigin,
  contentSecurityPolicy,
  directives,
  headersFileWithOrigin,
  headersFor,
  metaPolicy,
  originOf,
  parseHeadersFile,
  pathMatches,
  withMetaPolicy,
} from './security-headers';

const FILE = readFileSync(resolve(__dirname, '../public/_headers'), 'utf8');
const RULES = parseHeadersFile(FILE);

describe('parseHeadersFile', () => {
  it('reads paths and their indented headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# comment\n\n/*\n  X-A: 1\n  X-B: deux: trois\n\n/embed.html\n  X-A: 2\n');
    expect(rules).toEqual([
      {
        path: '/*',
        headers: [
          ['X-A', '1'],
          ['X-B', 'deux: trois'],
        ],
      },
      { path: '/embed.html', headers: [['X-A', '2']] },
    ]);
  });

  it('refuses a header outside a path and a path without its slash', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('line 1');
    expect(() => parseHeadersFile('embed.html\n  X-A: 1\n')).toThrow('a path starts with "/"');
    expect(() => parseHeadersFile('/\n  pas un en-tête\n')).toThrow('line 2');
  });
});

describe('pathMatches and headersFor', () => {
  it('matches splats and exact paths only', () => {
    expect(pathMatches('/*', '/data/meta.json')).toBe(true);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/index.html')).toBe(false);
    expect(pathMatches('/embed.html', '/embed.html')).toBe(true);
    expect(pathMatches('/embed.html', '/embed.htm')).toBe(false);
  });

  it('lets a later rule replace a header, whatever its case', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/page\n  x-a: 2\n');
    expect(headersFor(rules, '/page')).toEqual({ 'X-B': '1', 'x-a': '2' });
    expect(headersFor(rules, '/other')).toEqual({ 'X-A': '1', 'X-B': '1' });
  });
});

describe('the rules of public/_headers', () => {
  const app = headersFor(RULES, '/');
  const embed = headersFor(RULES, '/embed.html');

  it('give the app a strict policy that refuses to be framed elsewhere', () => {
    const csp = Object.fromEntries(directives(contentSecurityPolicy(app) ?? ''));
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'self'"],
    });
    expect(app['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(app['X-Content-Type-Options']).toBe('nosniff');
    expect(app['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(app['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=(), payment=(), usb=()');
    expect(headersFor(RULES, '/index.html')).toEqual(app);
  });

  it('let any site frame the embed page, with the same policy otherwise and geolocation allowed', () => {
    const policy = (headers: Record<string, string>) =>
      directives(contentSecurityPolicy(headers) ?? '').filter(([name]) => name !== 'frame-ancestors');
    expect(policy(embed)).toEqual(policy(app));
    expect(Object.fromEntries(directives(contentSecurityPolicy(embed) ?? ''))['frame-ancestors']).toEqual(['*']);
    expect(Object.keys(embed).map((k) => k.toLowerCase())).not.toContain('x-frame-options');
    expect(embed['Permissions-Policy']).toContain('geolocation=(self)');
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
  });

  it('give the data files only the generic headers', () => {
    expect(headersFor(RULES, '/data/actors.columns.json')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });

  it('let browsers keep the hashed build files for a year, and revalidate the rest', () => {
    expect(headersFor(RULES, '/assets/maplibre-DhAC4DsW.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/embed.html', '/embed-loader.js', '/data/actors.columns.json']) {
      expect(headersFor(RULES, path)['Cache-Control'], path).toBeUndefined();
    }
  });
});

describe('the policy in the built pages', () => {
  it('leaves out what only a header can carry', () => {
    expect(metaPolicy("default-src 'self'; frame-ancestors 'self'; report-uri /r;  sandbox")).toBe("default-src 'self'");
  });

  it('goes right after the charset, before any script, with its quotes escaped', () => {
    const html = '<html><head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./a.js"></script></head></html>';
    const out = withMetaPolicy(html, `default-src 'self'; x "y"`);
    expect(out).toBe(
      '<html><head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'; x &quot;y&quot;" />\n    <script type="module" src="./a.js"></script></head></html>',
    );
    expect(withMetaPolicy('<head><title>x</title></head>', 'a')).toBe(
      '<head>\n    <meta http-equiv="Content-Security-Policy" content="a" /><title>x</title></head>',
    );
  });
});

describe('an online basemap', () => {
  it('has an origin only when its address is http(s)', () => {
    expect(originOf('https://tuiles.example.org/styles/clair.json?key=1')).toBe('https://tuiles.example.org');
    expect(originOf('javascript:alert(1)')).toBeUndefined();
    expect(originOf('pas une adresse')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });

  it('is allowed in connect-src and img-src, once, wherever a policy is set', () => {
    expect(
      allowOrigin("default-src 'self'; connect-src 'self'; img-src 'self' data:", 'https://t.example', ['connect-src', 'img-src']),
    ).toBe("default-src 'self'; connect-src 'self' https://t.example; img-src 'self' data: https://t.example");
    const file = headersFileWithOrigin(FILE, 'https://t.example');
    for (const path of ['/', '/index.html', '/embed.html']) {
      const csp = Object.fromEntries(directives(contentSecurityPolicy(headersFor(parseHeadersFile(file), path)) ?? ''));
      expect(csp['connect-src'], path).toEqual(["'self'", 'https://t.example']);
      expect(csp['img-src'], path).toEqual(["'self'", 'data:', 'blob:', 'https://t.example']);
      expect(csp['script-src'], path).toEqual(["'self'"]);
    }
  });

  it('for the proposals’ form service, is allowed in connect-src only', () => {
    const file = headersFileWithOrigin(FILE, 'https://formulaires.example', ['connect-src']);
    const csp = Object.fromEntries(directives(contentSecurityPolicy(headersFor(parseHeadersFile(file), '/')) ?? ''));
    expect(csp['connect-src']).toEqual(["'self'", 'https://formulaires.example']);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });
});
