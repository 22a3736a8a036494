import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { foldText } from '../core/grammar/text';
import { ACTOR_COLUMNS } from './columns';
import { firstRowLooksLikeData, looksLikeValue } from './header-row';

const aliases = new Set(Object.values<readonly string[]>(ACTOR_COLUMNS).flat());
const knownActorHeader = (h: string) => aliases.has(foldText(h));
const nothingKnown = () => false;

/** The header and first row of the France Services list published on data.gouv.fr (2022). */
const franceServices = parseCsv(
  [
    '"id_fs","insee_dep","lib_fs","adresse","complement_adresse","insee_com","code_postal","lib_com","latitude","longitude","mail","telephone","h_lundi","h_mardi","h_mercredi","h_jeudi","h_vendredi","h_samedi","commentaire","itinerance","format_fs","groupe","labellisation"',
    '"1","01","France services de Valserhône","5-9 Rue des Papetiers",,"01033","01200","Valserhône",46.1060711578546,5.8260084241619,"franceservices@ccpb01.fr","04 50 56 87 49","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"',
  ].join('\n'),
);
const franceServicesHeader = franceServices.header;
const franceServicesFirstRow = franceServicesHeader.map((h) => franceServices.rows[0]?.values[h] ?? '');

/** The header and first row of the network's seed sheet (data/seed-actors.csv). */
const seed = parseCsv(
  [
    'name,entity,practices,profile,scope,departement,commune,theme,mentioned_in,description,role_in_source,location_basis',
    "Labo des partenariats d'Alsace,actor,dialogue,association,regional,67,,,004_f4001280ebb300a6.txt;003_9a3da521274ba2ae.txt;002_d71c3343b9d2c6da.txt,Membre fondateur du réseau ; exemple inspirant de dialogue territorial.,founding member of the network; inspiring example of territorial dialogue,public",
  ].join('\n'),
);
const seedFirstRow = seed.header.map((h) => seed.rows[0]?.values[h] ?? '');

describe('firstRowLooksLikeData', () => {
  it('takes the France Services header for a header, known columns or not', () => {
    expect(firstRowLooksLikeData(franceServicesHeader, knownActorHeader)).toBe(false);
    expect(firstRowLooksLikeData(franceServicesHeader, nothingKnown)).toBe(false);
  });

  it('takes the France Services first row for data', () => {
    expect(firstRowLooksLikeData(franceServicesFirstRow, knownActorHeader)).toBe(true);
    expect(franceServicesFirstRow.filter(looksLikeValue)).toEqual([
      '1',
      '01',
      '01033',
      '01200',
      '46.1060711578546',
      '5.8260084241619',
      'franceservices@ccpb01.fr',
      '04 50 56 87 49',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 16:00',
      'Non',
    ]);
  });

  it('takes the seed sheet’s header for a header and its first row for data', () => {
    expect(firstRowLooksLikeData(seed.header, knownActorHeader)).toBe(false);
    expect(firstRowLooksLikeData(seedFirstRow, knownActorHeader)).toBe(true);
  });

  it('trusts known column names over a stray value beside them, not over a row of values', () => {
    expect(firstRowLooksLikeData(['Nom', 'Commune', '75056'], knownActorHeader)).toBe(false);
    expect(firstRowLooksLikeData(['Nom', 'Commune', 'contact@exemple.fr', '75056'], knownActorHeader)).toBe(false);
    // A real row: the commune Villé folds to « ville », a known column name.
    expect(
      firstRowLooksLikeData(
        ['406', '67', 'France services Villé', '67507', '67220', 'Villé', '48.34207', '7.307902', 'ville@france-services.gouv.fr'],
        knownActorHeader,
      ),
    ).toBe(true);
  });

  it('does not take years for values: a statistics sheet keeps its header', () => {
    expect(firstRowLooksLikeData(['territoire', 'libellé', '2019', '2020', '2021'], nothingKnown)).toBe(false);
  });

  it('takes a row of values for data even when only one cell is filled', () => {
    expect(firstRowLooksLikeData(['75056'], nothingKnown)).toBe(true);
    expect(firstRowLooksLikeData(['Maison des associations', 'https://www.exemple.fr', '', ''], nothingKnown)).toBe(true);
    expect(firstRowLooksLikeData(['Maison des associations', 'Bordeaux', '33063'], nothingKnown)).toBe(true);
  });

  it('needs numbers and oui/non to fill half the row, and a long title to end like a sentence', () => {
    expect(firstRowLooksLikeData(['Nom', 'Rang', '1'], nothingKnown)).toBe(false);
    expect(firstRowLooksLikeData(['Maison A', '12', 'oui'], nothingKnown)).toBe(true);
    expect(firstRowLooksLikeData(['Structure', 'Nombre de personnes accompagnées au cours de l’année'], nothingKnown)).toBe(false);
    expect(firstRowLooksLikeData(['Maison A', 'Lieu d’accueil et d’orientation pour les habitants du quartier.'], nothingKnown)).toBe(true);
  });

  it('takes an empty row for a header (nothing to ask)', () => {
    expect(firstRowLooksLikeData([], nothingKnown)).toBe(false);
    expect(firstRowLooksLikeData(['', ' '], nothingKnown)).toBe(false);
  });
});

describe('the whole France Services list', () => {
  const path = resolve(__dirname, '../../../shared/realdata/france-services-2022.csv');

  it('takes each of its 2,683 rows, put first, for data', ({ skip }) => {
    if (!existsSync(path)) skip(`${path} is not there: the real-data check is skipped`);
    const table = parseCsv(readFileSync(path, 'utf8'));
    const rows = table.rows.map((row) => table.header.map((h) => row.values[h] ?? ''));
    expect(rows).toHaveLength(2683);
    expect(rows.filter((row) => !firstRowLooksLikeData(row, knownActorHeader))).toEqual([]);
  });
});

describe('looksLikeValue', () => {
  it.each([
    '01000',
    '2A004',
    '86035 CEDEX',
    'contact@exemple.fr',
    'https://www.exemple.fr/a',
    'www.exemple.fr',
    '-1,5536',
    '6 543 210',
    '+33 1 23 45 67 89',
    '0450568749',
    '01/01/2020',
    '2024-03-01',
    '09h00-12h00',
    'oui',
    'Accueil de proximité pour les démarches administratives du quotidien.',
    'Un lieu où les habitants du quartier trouvent de l’aide pour leurs démarches et leurs projets',
  ])('%s is a value', (cell) => {
    expect(looksLikeValue(cell)).toBe(true);
  });

  it.each([
    'nom',
    'code_postal',
    'Code INSEE',
    'Site web',
    'latitude',
    '2022',
    'Date de vérification',
    'h_lundi',
    'Nombre de personnes accompagnées au cours de l’année',
    '',
  ])('%s is not', (cell) => {
    expect(looksLikeValue(cell)).toBe(false);
  });
});
