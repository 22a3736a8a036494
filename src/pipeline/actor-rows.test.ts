import { describe, expect, it } from 'vitest';
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { ProblemLog } from '../core/problems';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';

function read(text: string, sampleByDefault = false) {
  const log = new ProblemLog('acteurs.csv');
  const result = readActorSheet(parseCsv(text), FIXTURE_PLACES, log, new Set(), { sampleByDefault });
  return { ...result, problems: log.problems };
}

const HEADER = 'id,name,kind,practices,profile,scope,departement,commune,themes,description,website,sources';

describe('readActorSheet', () => {
  it('builds a complete, qualified feature from a good row', () => {
    const { actors, problems } = read(
      `${HEADER}\na1,Maison des Poitevins,actor,dialogue;lieu,association,local,86,Poitiers,emploi;culture,Un lieu,https://exemple.fr,doc.pdf\n`,
    );
    expect(problems).toEqual([]);
    expect(actors).toHaveLength(1);
    const f = actors[0];
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [0.3404, 46.5846] });
    expect(f?.properties).toMatchObject({
      id: 'a1',
      kind: 'actor',
      practices: ['dialogue', 'lieu'],
      profile: 'association',
      scope: 'local',
      themes: ['emploi', 'culture'],
      commune: '86194',
      precision: 'commune',
      website: 'https://exemple.fr/',
      sample: false,
      qualification: 1,
      missing: [],
    });
  });

  it('accepts French headers and labels as people type them', () => {
    const { actors, problems } = read(
      'Nom;Nature;Pratiques;Profil;Échelle;Département\nCentre;Projet;Dialogue territorial, Gestion d’un lieu;Collectivité;Départementale;69\n',
    );
    expect(problems).toEqual([]);
    expect(actors[0]?.properties).toMatchObject({
      kind: 'project',
      practices: ['dialogue', 'lieu'],
      profile: 'collectivite',
      scope: 'departemental',
      precision: 'departement',
    });
  });

  it('derives a stable id from the name when the sheet has none', () => {
    const { actors } = read('name\nComité 21\n');
    expect(actors[0]?.properties.id).toBe('comite-21');
  });

  it('reports an unknown practice with its row, column and value, and keeps the row', () => {
    const { actors, problems } = read(`name,practices\nA,dialogue;jardinage\n`);
    expect(actors[0]?.properties.practices).toEqual(['dialogue']);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'acteurs.csv',
        line: 2,
        column: 'practices',
        value: 'jardinage',
        action: 'ignorée',
      }),
    ]);
  });

  it('reports an unknown profile and leaves it empty, which the qualification then shows', () => {
    const { actors, problems } = read(`name,profile\nA,banque\n`);
    expect(actors[0]?.properties.profile).toBeNull();
    expect(actors[0]?.properties.missing).toContain('profile');
    expect(problems[0]).toMatchObject({ line: 2, column: 'profile', value: 'banque' });
  });

  it('rejects a row without a name as an error and keeps reading', () => {
    const { actors, rejected, problems } = read(`name,profile\n,association\nB,association\n`);
    expect(actors.map((a) => a.properties.name)).toEqual(['B']);
    expect(rejected).toEqual([2]);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 2, message: 'nom vide' });
  });

  it('rejects a duplicate id as an error, naming the id', () => {
    const { actors, problems } = read(`id,name\nx1,A\nx1,B\n`);
    expect(actors.map((a) => a.properties.name)).toEqual(['A']);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 3, column: 'id', value: 'x1' });
  });

  it('drops a website that is not http(s) and reports it', () => {
    const { actors, problems } = read(`name,website\nA,javascript:alert(1)\n`);
    expect(actors[0]?.properties.website).toBe('');
    expect(problems[0]).toMatchObject({ column: 'website', value: 'javascript:alert(1)' });
  });

  it('keeps HTML in text as plain text (it is never rendered as HTML)', () => {
    const { actors } = read(`name,description\n<b>A</b>,<script>alert(1)</script>\n`);
    expect(actors[0]?.properties.name).toBe('<b>A</b>');
    expect(actors[0]?.properties.description).toBe('<script>alert(1)</script>');
  });

  it('marks rows of a sample sheet as sample unless they say otherwise', () => {
    const { actors } = read(`name,sample\nA,\nB,non\n`, true);
    expect(actors.map((a) => a.properties.sample)).toEqual([true, false]);
  });

  it('reports unknown columns once, on the header line', () => {
    const { problems } = read(`name,couleur\nA,bleu\nB,vert\n`);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 'couleur', message: 'colonne inconnue' })]);
  });

  it('reads nothing, with one clear error, when the name column is missing', () => {
    const { actors, rejected, problems } = read(`profil,scope\nassociation,local\n`);
    expect(actors).toEqual([]);
    expect(rejected).toEqual([2]);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 1, column: 'name' });
  });

  it('cuts an oversized name and says so', () => {
    const { actors, problems } = read(`name\n${'A'.repeat(500)}\n`);
    expect(actors[0]?.properties.name).toHaveLength(200);
    expect(problems[0]?.message).toContain('trop long');
  });

  it('places a national network without a seat nowhere', () => {
    const { actors } = read(`name,scope\nRéseau X,national\n`);
    expect(actors[0]?.geometry).toBeNull();
    expect(actors[0]?.properties.precision).toBe('none');
    expect(actors[0]?.properties.missing).not.toContain('territory');
  });

  it('uses the role from the documents as description when there is no description', () => {
    const { actors } = read(`name,role_in_source\nA,founding member\n`);
    expect(actors[0]?.properties.description).toBe('founding member');
  });
});
