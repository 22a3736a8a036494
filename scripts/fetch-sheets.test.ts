import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSheets } from './fetch-sheets';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/acteurs.csv':
        response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
        response.end('nom;commune\nTiers-lieu publié;79191\n');
        return;
      case '/liens.csv':
        response.writeHead(404, 'Not Found');
        response.end('absent');
        return;
      case '/privee':
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end('<!DOCTYPE html><html><body>Connexion</body></html>');
        return;
      case '/vide.csv':
        response.writeHead(200, { 'Content-Type': 'text/csv' });
        response.end();
        return;
      case '/lente.csv':
        // Never answers: the test's short timeout must end the wait.
        return;
      default:
        response.writeHead(500, 'Internal Server Error');
        response.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function dataDir(sources: unknown, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fetch-sheets-'));
  await writeFile(join(dir, 'sources.json'), JSON.stringify(sources));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('fetchSheets (npm run data:fetch)', () => {
  it('downloads the sheets that have an address, and keeps the previous file of those that fail, saying why', async () => {
    const dir = await dataDir(
      {
        actors: [
          { file: 'acteurs.csv', sample: false, url: `${base}/acteurs.csv` },
          { file: 'local.csv', sample: false },
          { file: 'privee.csv', sample: false, url: `${base}/privee` },
        ],
        links: [{ file: 'liens.csv', sample: false, url: `${base}/liens.csv` }],
      },
      { 'acteurs.csv': 'ancien\n', 'local.csv': 'local\n', 'liens.csv': 'anciens liens\n', 'privee.csv': 'ancienne privée\n' },
    );
    const lines: string[] = [];
    const result = await fetchSheets({ dataDir: dir, log: (line) => lines.push(line) });
    expect(result.fetched).toEqual(['acteurs.csv']);
    expect(await readFile(join(dir, 'acteurs.csv'), 'utf8')).toBe('nom;commune\nTiers-lieu publié;79191\n');
    expect(await readFile(join(dir, 'local.csv'), 'utf8')).toBe('local\n');
    expect(await readFile(join(dir, 'liens.csv'), 'utf8')).toBe('anciens liens\n');
    expect(await readFile(join(dir, 'privee.csv'), 'utf8')).toBe('ancienne privée\n');
    expect(result.failures).toEqual([
      `Feuille « privee.csv » (${base}/privee) : l’adresse renvoie une page web, pas une feuille : la feuille est-elle publiée (export CSV public, sans connexion) ? Le fichier précédent est gardé.`,
      `Feuille « liens.csv » (${base}/liens.csv) : le serveur a répondu « 404 Not Found ». Le fichier précédent est gardé.`,
    ]);
    expect(lines).toEqual([`Feuille « acteurs.csv » téléchargée depuis ${base}/acteurs.csv.`, ...result.failures]);
    await rm(dir, { recursive: true });
  });

  it('gives up on a server that does not answer in time, and on an empty answer', async () => {
    const dir = await dataDir({
      actors: [
        { file: 'lente.csv', sample: false, url: `${base}/lente.csv` },
        { file: 'vide.csv', sample: false, url: `${base}/vide.csv` },
      ],
      links: [],
    });
    const result = await fetchSheets({ dataDir: dir, timeoutMs: 300 });
    expect(result.fetched).toEqual([]);
    expect(result.failures).toEqual([
      `Feuille « lente.csv » (${base}/lente.csv) : pas de réponse complète en 0,3 s. Il n’y a pas de fichier précédent : npm run data ne pourra pas lire cette feuille.`,
      `Feuille « vide.csv » (${base}/vide.csv) : le serveur a envoyé un fichier vide. Il n’y a pas de fichier précédent : npm run data ne pourra pas lire cette feuille.`,
    ]);
    await rm(dir, { recursive: true });
  });

  it('refuses a file name outside the data folder and an address that is not http(s)', async () => {
    const dir = await dataDir({
      actors: [
        { file: '../evasion.csv', sample: false, url: `${base}/acteurs.csv` },
        { file: 'ftp.csv', sample: false, url: 'ftp://exemple.org/a.csv' },
      ],
      links: [],
    });
    const result = await fetchSheets({ dataDir: dir });
    expect(result.failures).toEqual([
      `Feuille « ../evasion.csv » (${base}/acteurs.csv) : le nom de fichier sort du dossier data/. Il n’y a pas de fichier précédent : npm run data ne pourra pas lire cette feuille.`,
      'Feuille « ftp.csv » (ftp://exemple.org/a.csv) : l’adresse doit commencer par https:// ou http://. Il n’y a pas de fichier précédent : npm run data ne pourra pas lire cette feuille.',
    ]);
    await rm(dir, { recursive: true });
  });

  it('says there is nothing to download when no sheet has an address', async () => {
    const dir = await dataDir({ actors: [{ file: 'a.csv', sample: false }], links: [] });
    const lines: string[] = [];
    expect(await fetchSheets({ dataDir: dir, log: (line) => lines.push(line) })).toEqual({ fetched: [], failures: [] });
    expect(lines).toEqual(['Aucune feuille de data/sources.json n’a d’adresse (« url ») : rien à télécharger.']);
    await rm(dir, { recursive: true });
  });
});
