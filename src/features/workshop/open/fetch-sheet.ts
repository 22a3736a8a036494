/**
 * A published sheet fetched by its address. Most sites that publish spreadsheets do not let
 * another site's page read them (CORS): the fetch then fails without a reason the page can see,
 * and the person is told to download the file and drop it instead.
 */

export type AddressFailure =
  | { kind: 'invalid' }
  /** The browser may not read it (CORS, or no network): the download route. */
  | { kind: 'blocked'; url: string }
  | { kind: 'http'; url: string; status: number };

export type FetchedSheet = { ok: true; url: string; bytes: Uint8Array; name: string | undefined } | { ok: false; failure: AddressFailure };

/** An absolute http(s) address, or null. */
export function sheetAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The file name a response gives in its `Content-Disposition`, if any. */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim().replace(/^"|"$/g, ''));
    } catch {
      // Badly encoded: the plain name below, if any.
    }
  }
  const plain = /filename\s*=\s*("?)([^";]+)\1/i.exec(header)?.[2];
  return plain?.trim() || undefined;
}

export async function fetchSheet(text: string, fetcher: typeof fetch): Promise<FetchedSheet> {
  const url = sheetAddress(text);
  if (!url) return { ok: false, failure: { kind: 'invalid' } };
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return { ok: false, failure: { kind: 'blocked', url } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', url, status: response.status } };
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: true, url, bytes, name: dispositionName(response.headers.get('content-disposition')) };
  } catch {
    return { ok: false, failure: { kind: 'blocked', url } };
  }
}
