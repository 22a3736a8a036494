/**
 * `npm run data:fetch`: downloads every sheet of `data/sources.json` that gives an address (`url`)
 * into its `file`, so that `npm run data` then reads the published sheets (a nightly CI build, see
 * `deploy/`). A sheet that cannot be downloaded keeps its previous file, the message says which
 * sheet, which address and why, and the command ends with exit code 1.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SheetSource } from '../src/pipeline/sources';
import { readSourceList } from './build-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** How long a server may take to send a whole sheet. */
export const FETCH_TIMEOUT_MS = 60_000;

export interface FetchSheetsOptions {
  /** Folder of `sources.json` and of the sheets. */
  dataDir: string;
  timeoutMs?: number;
  /** Each line of the report, as it comes. */
  log?: (line: string) => void;
}

export interface FetchSheetsResult {
  /** Files written. */
  fetched: string[];
  /** One French sentence per sheet that could not be downloaded. */
  failures: string[];
}

export async function fetchSheets(options: FetchSheetsOptions): Promise<FetchSheetsResult> {
  const { dataDir, timeoutMs = FETCH_TIMEOUT_MS, log = () => {} } = options;
  const sources = await readSourceList(dataDir);
  const published = [...sources.actors, ...sources.links].filter((s): s is SheetSource & { url: string } => Boolean(s.url));
  const result: FetchSheetsResult = { fetched: [], failures: [] };
  if (published.length === 0) {
    log('Aucune feuille de data/sources.json n’a d’adresse (« url ») : rien à télécharger.');
    return result;
  }
  for (const sheet of published) {
    const failure = await fetchSheet(dataDir, sheet, timeoutMs);
    if (failure === null) {
      result.fetched.push(sheet.file);
      log(`Feuille « ${sheet.file} » téléchargée depuis ${sheet.url}.`);
    } else {
      const kept = existsSync(resolve(dataDir, sheet.file))
        ? 'Le fichier précédent est gardé.'
        : 'Il n’y a pas de fichier précédent : npm run data ne pourra pas lire cette feuille.';
      const message = `Feuille « ${sheet.file} » (${sheet.url}) : ${failure} ${kept}`;
      result.failures.push(message);
      log(message);
    }
  }
  return result;
}

/** Null when the sheet was written, or why it was not. */
async function fetchSheet(dataDir: string, sheet: SheetSource & { url: string }, timeoutMs: number): Promise<string | null> {
  const target = resolve(dataDir, sheet.file);
  const inside = relative(resolve(dataDir), target);
  if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return 'le nom de fichier sort du dossier data/.';
  if (!/^https?:\/\//i.test(sheet.url)) return 'l’adresse doit commencer par https:// ou http://.';
  let response: Response;
  try {
    response = await fetch(sheet.url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return `pas de réponse complète en ${seconds(timeoutMs)}.`;
    return `téléchargement impossible (${causeOf(error)}).`;
  }
  if (!response.ok) return `le serveur a répondu « ${`${response.status} ${response.statusText}`.trim()} ».`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return `pas de réponse complète en ${seconds(timeoutMs)}.`;
    return `téléchargement interrompu (${causeOf(error)}).`;
  }
  if (bytes.length === 0) return 'le serveur a envoyé un fichier vide.';
  if (looksLikeWebPage(bytes, response.headers.get('content-type'))) {
    return 'l’adresse renvoie une page web, pas une feuille : la feuille est-elle publiée (export CSV public, sans connexion) ?';
  }
  // Written beside, then renamed: a download cut halfway never replaces the good file.
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.telechargement`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return null;
}

/** A sign-in or error page instead of the sheet (what an online spreadsheet sends for a private sheet). */
function looksLikeWebPage(bytes: Uint8Array, contentType: string | null): boolean {
  if (contentType && /text\/html/i.test(contentType)) return true;
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 256))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('fr-FR')} s`;
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

async function main(): Promise<void> {
  const { fetched, failures } = await fetchSheets({ dataDir: resolve(ROOT, 'data'), log: (line) => console.log(line) });
  if (failures.length > 0) {
    console.error(
      `${failures.length} feuille(s) n’ont pas pu être téléchargées (voir ci-dessus) ; ${fetched.length} l’ont été. ` +
        'Vérifiez les adresses de data/sources.json.',
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
