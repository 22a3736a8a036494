/**
 * The HTTP security headers of the site, from one file: `public/_headers`, in the format static
 * hosts read (Netlify, Cloudflare Pages: a path, then indented `Name: value` lines). This Vite
 * plugin makes `vite preview` send the same headers, so that the browser tests run under the real
 * Content-Security-Policy, and writes that policy into each built page as a
 * `<meta http-equiv="Content-Security-Policy">` for hosts that ignore `_headers` (what a meta can
 * carry: no `frame-ancestors`, which only a header can). The dev server gets none: its hot reload
 * needs inline scripts.
 *
 * With `VITE_ONLINE_STYLE_URL` set, the online basemap's origin is added to `connect-src` and
 * `img-src`, in the meta and in the built `_headers`; with `VITE_PROPOSALS_ENDPOINT` set, the
 * proposals' form service is added to `connect-src`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface HeaderRule {
  /** A site path ("/", "/embed.html") or a pattern ending in "*" ("/*", "/assets/*"). */
  path: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: `#` comments, blank lines, paths at the start of a line, indented headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers, line ${i + 1}: a path starts with "/": ${line}`);
      current = { path: line.trim(), headers: [] };
      rules.push(current);
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!current || !match?.[1] || !match[2])
      throw new Error(`_headers, line ${i + 1}: expected "Name: value" under a path: ${line.trim()}`);
    current.headers.push([match[1], match[2].trim()]);
  });
  return rules;
}

/** Whether a rule's path matches a request path ("*" matches any rest, "/" only the root). */
export function pathMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** The headers for a request path: every matching rule in file order, a later value replacing an earlier one. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const existing = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase());
      if (existing) delete out[existing];
      out[name] = value;
    }
  }
  return out;
}

export function contentSecurityPolicy(headers: Record<string, string>): string | undefined {
  return Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1];
}

/** Directives a `<meta>` policy may not carry (browsers ignore them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

export function directives(csp: string): [name: string, sources: string[]][] {
  return csp
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name = '', ...sources]) => [name.toLowerCase(), sources]);
}

function formatPolicy(parts: [string, string[]][]): string {
  return parts.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy as a `<meta>` may state it. */
export function metaPolicy(csp: string): string {
  return formatPolicy(directives(csp).filter(([name]) => !HEADER_ONLY.has(name)));
}

/** Adds an origin to some directives (those absent are left absent: `default-src` applies). */
export function allowOrigin(csp: string, origin: string, names: readonly string[]): string {
  return formatPolicy(
    directives(csp).map(([name, sources]) => [name, names.includes(name) && !sources.includes(origin) ? [...sources, origin] : sources]),
  );
}

/** The origin of an absolute http(s) URL, or undefined. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

const ONLINE_STYLE_DIRECTIVES = ['connect-src', 'img-src'] as const;

/** `_headers` with an origin allowed wherever a policy is set (the online basemap's, by default in its directives). */
export function headersFileWithOrigin(text: string, origin: string, names: readonly string[] = ONLINE_STYLE_DIRECTIVES): string {
  return text.replace(
    /^(\s+Content-Security-Policy:\s*)(.+)$/gim,
    (_, prefix: string, csp: string) => prefix + allowOrigin(csp, origin, names),
  );
}

/**
 * The page with its policy in a `<meta>` right after the charset (a policy applies only to what
 * follows it, so before every script and style sheet).
 */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

export interface SecurityHeadersOptions {
  /** The `_headers` file, from the project's root (in `public/`, so that it is copied into the build). */
  file: string;
}

export function securityHeaders({ file }: SecurityHeadersOptions): Plugin {
  let origin: string | undefined;
  /** The form service proposals are posted to (`VITE_PROPOSALS_ENDPOINT`): allowed in `connect-src` only. */
  let proposalsOrigin: string | undefined;
  let path = file;
  let outDir = 'dist';
  const read = () => {
    const source = readFileSync(path, 'utf8');
    const styled = origin ? headersFileWithOrigin(source, origin) : source;
    const text = proposalsOrigin ? headersFileWithOrigin(styled, proposalsOrigin, ['connect-src']) : styled;
    return { text, rules: parseHeadersFile(text) };
  };
  return {
    name: 'atlas-security-headers',
    configResolved(config) {
      // The same variable the app reads (src/map/config.ts), from the environment or a .env file.
      const styleUrl: unknown = config.env['VITE_ONLINE_STYLE_URL'];
      origin = originOf(typeof styleUrl === 'string' ? styleUrl.trim() : undefined);
      const endpoint: unknown = config.env['VITE_PROPOSALS_ENDPOINT'];
      proposalsOrigin = originOf(typeof endpoint === 'string' ? endpoint.trim() : undefined);
      path = resolve(config.root, file);
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        const csp = contentSecurityPolicy(headersFor(read().rules, ctx.path));
        return csp ? withMetaPolicy(html, metaPolicy(csp)) : html;
      },
    },
    closeBundle() {
      // The copy of public/_headers, with the online basemap allowed.
      const built = resolve(outDir, '_headers');
      if ((origin || proposalsOrigin) && existsSync(built)) writeFileSync(built, read().text);
    },
    configurePreviewServer(server) {
      const { rules } = read();
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
        for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
        next();
      });
    },
  };
}
