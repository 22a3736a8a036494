import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../../core/csv';
import { guessColumn, guessColumns, type SheetColumn } from './column-guess';
import { profileValues } from './value-profile';

/**
 * Rows of the national list of France services (December 2022, ANCT, Licence Ouverte, published on
 * data.gouv.fr) as published: its real header, Corsica (2A/2B), La Réunion, Guyane, a row without
 * coordinates and one without a commune.
 */
const FRANCE_SERVICES = `"id_fs","insee_dep","lib_fs","adresse","complement_adresse","insee_com","code_postal","lib_com","latitude","longitude","mail","telephone","h_lundi","h_mardi","h_mercredi","h_jeudi","h_vendredi","h_samedi","commentaire","itinerance","format_fs","groupe","labellisation"
"1","01","France services de Valserhône","5-9 Rue des Papetiers",,"01033","01200","Valserhône",46.1060711578546,5.8260084241619,"franceservices@ccpb01.fr","04 50 56 87 49","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 17:00","09:00 - 12:00 / 13:30 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"2","01","France services de Saint-Trivier-de-Courtes","22 Esplanade de La Poste",,"01388","01560","Saint-Trivier-de-Courtes",46.45916,5.083785,"saint-trivier-de-courtes@france-services.gouv.fr","04 74 30 19 63","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/02/2020"
"3","02","Bus France services Thiérache Sambre et Oise","6 Rue André Godin",,"02361","02120","Guise",49.90147,3.626688,"busfranceservices@cctso.fr","07 85 78 24 48","09:30 - 16:30","09:30 - 16:30","09:30 - 16:30","09:30 - 16:30","09:30 - 16:30",,,"Oui","Site principal",,"Espace labellisé 01/01/2020"
"4","02","France services Nouvion-en-Thiérache","1 Rue de l'Eglise",,"02558","02170","Le Nouvion-en-Thiérache",50.01689,3.787362,"lenouvion@france-services.gouv.fr","03 23 97 53 90","08:45 - 12:00 / 13:30 - 18:00","08:45 - 12:00 / 13:30 - 18:00","08:45 - 12:00 / 13:30 - 18:00","08:45 - 12:00 / 13:30 - 18:00","08:45 - 12:00 / 13:30 - 18:00",,,"Non","Site principal",,"Espace labellisé 01/02/2020"
"5","02","France services de Ribemont","12 Place du Château",,"02648","02240","Ribemont",49.79704,3.457978,"france-services@ccvo.fr","03 23 62 15 22","08:30 - 12:00 / 13:30 - 17:00","08:30 - 12:00 / 13:30 - 17:00","08:30 - 12:00 / 13:30 - 17:00","08:30 - 12:00 / 13:30 - 17:00","08:30 - 12:00 / 13:30 - 17:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"6","02","France services Vailly-sur-Aisne","10 bis Place Edouard Hériot",,"02758","02370","Vailly-sur-Aisne",49.4108,3.516475,"vailly.franceservices@orange.fr","03 23 54 70 72","09:00 - 12:00 / 14:00 - 17:00","09:00 - 12:00 / 14:00 - 17:00","09:00 - 12:00 / 14:00 - 17:00","09:00 - 12:00 / 14:00 - 17:00","09:00 - 12:00 / 14:00 - 17:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"7","02","France services Saint-Erme","2 bis Route de Montaigu",,"02676","02820","Saint-Erme-Outre-et-Ramecourt",49.52833,3.855111,"faitout@cc-champagnepicarde.fr","03 23 22 31 90","09:00 - 12:00 / 13:00 - 17:30","09:00 - 12:00 / 13:00 - 17:30","09:00 - 12:00 / 13:00 - 17:30","09:00 - 12:00 / 13:00 - 17:30","09:00 - 12:00 / 13:00 - 16:00","09:00 - 12:00",,"Non","Site principal",,"Espace labellisé 01/01/2020"
"66","11","France services Massif de Mouthoumet POM's - ADHCo","23 Rue de la gare",,"11260","11330","Mouthoumet",42.96028,2.526948,"adhco.developpement@orange.fr","04 68 70 18 50","09:00 - 12:00 / 13:00 - 17:00","09:00 - 12:30 / 14:00 - 17:30","09:00 - 12:30 / 14:00 - 17:30","09:00 - 12:30 / 14:00 - 17:30","09:00 - 12:30 / 14:00 - 17:30",,,"Oui","Site principal","POM's","Espace labellisé 01/01/2020"
"124","2A","France services Jardins de l'Empereur - Ajaccio","Avenue de la Grande Armée Jardins de l'Empereur","Tour Napoleon","2A004","20000","Ajaccio",41.9265,8.725539,"ajaccio.empereur@france-services.gouv.fr","04 95 10 25 01","08:00 - 15:00","08:00 - 15:00","08:00 - 15:00","08:00 - 15:00","08:00 - 15:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"125","2A","France services Vico","Cours Jean Etienne Colonna","Bureau de Poste","2A348","20160","Vico",42.1672,8.801346,"vico@france-services.gouv.fr","04 95 26 26 52","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00 / 14:00 - 16:00","09:00 - 12:00","Possibilité de prendre rendez-vous à l'adresse vico@france-services.gouv.fr ou par téléphone au 04.95.26.26.52","Non","Site principal",,"Espace labellisé 01/01/2020"
"126","2B","France services Calacuccia","Piazza al Forno",,"2B047","20224","Calacuccia",42.33536,9.016688,"calacuccia@france-services.gouv.fr","04 95 58 90 88","09:00 - 12:00 / 13:30 - 16:00","09:00 - 12:00 / 13:30 - 16:00","09:00 - 12:00","09:00 - 12:00 / 13:30 - 16:00","09:00 - 12:00 / 13:30 - 16:00","09:00 - 12:00",,"Non","Site principal",,"Espace labellisé 01/01/2020"
"520","88","Fraize - Antenne de Corcieux","337 Rue de la Gare",,"88115","88430","CORCIEUX",,,"isabelle.kuhn@ca-saintdie.fr","03 29 50 73 10","09:00 - 11:45 / 14:30 - 16:45","08:15 - 11:30 / 13:30 - 16:45",,"13:30 - 17:00",,,,"Non","Site principal",,"Espace labellisé 01/01/2022"
"559","973","France services Sincère Mandé","19 Rue Léonard Mandé","Lotissement Emilio Pascal","97308","97313","Saint-Georges",3.890744,-51.8013,"contact@msap-sgo.fr","05 94 37 07 19","07:30 - 14:30","08:00 - 12:00 / 14:00 - 16:00","07:30 - 17:30","08:00 - 12:00 / 14:00 - 16:00","07:30 - 14:30",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"561","974","France services Makes","1 Chemin Rosinand Nativel",,"97414","97421","Saint-Louis",-21.209,55.40355,"mfs.lesmakes@ccas-stlouis.fr","02 62 37 80 39","08:00 - 16:00","08:00 - 16:00","08:00 - 16:00","08:00 - 16:00","08:00 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"562","974","France services de Saint-Joseph - Jean-Petit","51 Rue Amélie Lebon",,"97412","97480","Saint-Joseph",-21.3449,55.63042,"mfs.jeanpetit@saintjoseph.re","02 62 23 80 60","07:30 - 16:00","07:30 - 16:00","07:30 - 16:00","07:30 - 16:00","07:30 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/01/2020"
"683","11","France services POM'S de Mouthoumet","12 Rue de la gare",,"11260","11330","Mouthoumet",42.960196,2.528048,"poms.mouthoumet@orange.fr","04 68 42 12 95","14:00 - 18:00","09:00 - 13:00","09:00 - 13:00","14:00 - 18:00","09:00 - 13:00","09:00 - 13:00",,"Non","Antenne","POM's","Espace labellisé 01/01/2020"
"800","973","France services Papaïchton","2 Rue Fiscal Poopou Pompidou",,"97362","97316","Papaichton",3.806995,-54.150035,"felix.paike@laposte.fr","06 94 42 78 16","08:00 - 13:00 / 14:00 - 16:00","08:00 - 13:00 / 14:00 - 16:00","08:00 - 13:00 / 14:00 - 16:00","08:00 - 12:00 / 14:00 - 16:00","08:00 - 13:00 / 14:00 - 16:00",,,"Non","Site principal",,"Espace labellisé 01/09/2020"
"2696","88","Antenne d’Anould",,,,,,,,,,,,,,,,,"Non","Antenne",,"Espace labellisé 01/01/2022"
`;

function columnsOf(table: CsvTable): SheetColumn[] {
  return table.header.map((header) => ({ header, samples: table.rows.map((r) => r.values[header] ?? '') }));
}

/**
 * What the model holds of a France services sheet, and what it has no field for: the hours come a
 * day per column (the model has one hours field), the address in two parts (the first is the street).
 */
const EXPECTED: Record<string, string> = {
  id_fs: 'id',
  insee_dep: 'departement',
  lib_fs: 'name',
  adresse: 'street',
  complement_adresse: 'ignore',
  insee_com: 'commune',
  code_postal: 'postcode',
  lib_com: 'communeName',
  latitude: 'lat',
  longitude: 'lon',
  mail: 'email',
  telephone: 'phone',
  h_lundi: 'ignore',
  h_mardi: 'ignore',
  h_mercredi: 'ignore',
  h_jeudi: 'ignore',
  h_vendredi: 'ignore',
  h_samedi: 'ignore',
  commentaire: 'ignore',
  itinerance: 'ignore',
  format_fs: 'ignore',
  groupe: 'ignore',
  labellisation: 'ignore',
};

describe('the France services header', () => {
  const table = parseCsv(FRANCE_SERVICES);

  it('is the published one', () => {
    expect(table.header).toEqual(Object.keys(EXPECTED));
    expect(table.rows).toHaveLength(18);
  });

  it('gets a field for every column the model holds and « ignore » for the others', () => {
    const guesses = guessColumns(columnsOf(table), 'actors');
    expect(Object.fromEntries(table.header.map((h, i) => [h, guesses[i]!.field]))).toEqual(EXPECTED);
  });

  it('says why, in French', () => {
    const guesses = guessColumns(columnsOf(table), 'actors');
    const reason = (h: string) => guesses[table.header.indexOf(h)]!.reason;
    expect(reason('lib_fs')).toBe('en-tête “lib_fs” : nom ; valeurs : texte');
    expect(reason('insee_com')).toBe('en-tête “insee_com” : commune ; valeurs : codes de commune (INSEE)');
    expect(reason('code_postal')).toBe('en-tête “code_postal” : code postal ; valeurs : codes postaux');
    expect(reason('mail')).toBe('en-tête “mail” : courriel ; valeurs : adresses e-mail');
    expect(reason('h_lundi')).toBe('en-tête “h_lundi” : pas de champ dans le modèle (horaires d’un seul jour) ; valeurs : texte');
    expect(reason('complement_adresse')).toBe(
      'en-tête “complement_adresse” : pas de champ dans le modèle (complément d’adresse) ; valeurs : texte',
    );
    expect(reason('lib_com')).toBe('en-tête “lib_com” : nom de la commune ; valeurs : texte');
    expect(reason('itinerance')).toBe('en-tête “itinerance” : non reconnu ; valeurs : oui/non');
  });

  it('is sure of what the header and the values both say', () => {
    const guesses = guessColumns(columnsOf(table), 'actors');
    const confidence = (h: string) => guesses[table.header.indexOf(h)]!.confidence;
    for (const h of ['lib_fs', 'insee_com', 'code_postal', 'latitude', 'longitude', 'insee_dep', 'mail', 'telephone', 'h_lundi']) {
      expect(confidence(h), h).toBe('high');
    }
    expect(confidence('id_fs')).toBe('medium');
    expect(confidence('commentaire')).toBe('low');
  });

  const path = resolve(__dirname, '../../../../../shared/realdata/france-services-2022.csv');
  it('gives the same guesses on the whole list (2,683 rows)', ({ skip }) => {
    if (!existsSync(path)) skip('the whole list is not there');
    const whole = parseCsv(readFileSync(path, 'utf8'));
    const guesses = guessColumns(columnsOf(whole), 'actors');
    expect(Object.fromEntries(whole.header.map((h, i) => [h, guesses[i]!.field]))).toEqual(EXPECTED);
  });
});

describe('guessColumn, from the header', () => {
  it.each([
    ['raison sociale', ['Comité 21'], 'name'],
    ['Nom de la structure', ['La Fabrique'], 'name'],
    ['INSEE_COM', ['86194'], 'commune'],
    ['code_insee', ['86194'], 'commune'],
    ['CP', ['86000'], 'postcode'],
    ['Site internet', ['https://exemple.fr'], 'website'],
    ['lat', ['46.58'], 'lat'],
    ['Y', ['46.58'], 'lat'],
    ['X', ['0.34'], 'lon'],
    ['Thématiques', ['éducation; emploi'], 'themes'],
    ['Date de mise à jour', ['12/03/2025'], 'verifiedAt'],
  ])('%s → %s', (header, samples, field) => {
    expect(guessColumn(header, samples, 'actors').field).toBe(field);
  });

  it('reads the header of a links sheet as a links sheet', () => {
    expect(guessColumn('Acteur source', ['comite-21'], 'links').field).toBe('source');
    expect(guessColumn('Partenaire', ['comite-21'], 'links').field).toBe('target');
    expect(guessColumn('Type de relation', ['partenaire de'], 'links')).toEqual({
      field: 'type',
      confidence: 'high',
      reason: 'en-tête “Type de relation” : type de lien ; valeurs : types de lien',
    });
    expect(guessColumn('Commentaire', ['depuis 2019'], 'links').field).toBe('note');
    // No such field in a links sheet.
    expect(guessColumn('Code postal', ['86000'], 'links').field).toBe('ignore');
  });

  it('gives a field to one column only: codes before names', () => {
    const guesses = guessColumns(
      [
        { header: 'commune', samples: ['Poitiers', 'Niort'] },
        { header: 'code_insee', samples: ['86194', '79191'] },
        { header: 'nom', samples: ['Comité 21'] },
        { header: 'raison sociale', samples: ['Comité 21'] },
      ],
      'actors',
    );
    expect(guesses).toEqual([
      {
        field: 'communeName',
        confidence: 'medium',
        reason: 'en-tête “commune” : commune ; valeurs : texte ; “code_insee” est déjà lue comme commune, lue comme nom de la commune',
      },
      { field: 'commune', confidence: 'high', reason: 'en-tête “code_insee” : commune ; valeurs : codes de commune (INSEE)' },
      { field: 'name', confidence: 'high', reason: 'en-tête “nom” : nom ; valeurs : texte' },
      { field: 'ignore', confidence: 'medium', reason: 'en-tête “raison sociale” : nom ; valeurs : texte ; “nom” est déjà lue comme nom' },
    ]);
  });

  it('keeps a header with no values, less surely when only a word of it matched', () => {
    expect(guessColumn('nom', [], 'actors')).toEqual({
      field: 'name',
      confidence: 'high',
      reason: 'en-tête “nom” : nom ; valeurs : vides',
    });
    expect(guessColumn('nom du lieu-dit', ['', ''], 'actors').confidence).toBe('medium');
  });

  it('says when the values do not look like the header’s field', () => {
    expect(guessColumn('code postal', ['Poitiers', 'Niort'], 'actors')).toEqual({
      field: 'postcode',
      confidence: 'low',
      reason: 'en-tête “code postal” : code postal ; valeurs : texte ; les valeurs ne ressemblent pas à ce champ, à vérifier',
    });
  });
});

describe('guessColumn, from the values', () => {
  it('tells INSEE codes from postcodes', () => {
    expect(guessColumn('code', ['2A004', '20000', '86194'], 'actors').field).toBe('commune');
    expect(guessColumn('code', ['86194', '79191', '17300', '33063'], 'actors').field).toBe('commune');
    expect(guessColumn('code', ['86000', '79000', '17300', '33063'], 'actors').field).toBe('postcode');
  });

  it('finds coordinates in France’s ranges, overseas included', () => {
    expect(guessColumn('c1', ['46.58', '-21.209', '43.3', '14.6'], 'actors')).toMatchObject({ field: 'lat', confidence: 'medium' });
    expect(guessColumn('c2', ['0.34', '55.40355', '5.37', '-61.05'], 'actors')).toMatchObject({ field: 'lon', confidence: 'medium' });
  });

  it('refuses Lambert-93 metres, even under a latitude header', () => {
    const guess = guessColumn('y', ['6570000.5', '6612345', '6701234'], 'actors');
    expect(guess.field).toBe('ignore');
    expect(guess.confidence).toBe('high');
    expect(guess.reason).toContain('Lambert-93');
    expect(guessColumn('coord_x', ['498000', '652000'], 'actors').field).toBe('ignore');
  });

  it('reads the model’s vocabularies and web addresses', () => {
    expect(guessColumn('col', ['Dialogue territorial; Accompagnements', 'lieu'], 'actors')).toMatchObject({
      field: 'practices',
      confidence: 'high',
    });
    expect(guessColumn('col', ['Association', 'Collectivité', 'association'], 'actors').field).toBe('profile');
    expect(guessColumn('col', ['Locale', 'Régionale'], 'actors').field).toBe('scope');
    expect(guessColumn('col', ['https://a.fr', 'www.b.org'], 'actors').field).toBe('website');
  });

  it('reads contacts by their shape', () => {
    expect(guessColumn('contact', ['a@b.fr', 'c@d.org'], 'actors').field).toBe('email');
    expect(guessColumn('col', ['a@b.fr', 'c@d.org'], 'actors')).toEqual({
      field: 'email',
      confidence: 'medium',
      reason: 'en-tête “col” : non reconnu ; valeurs : adresses e-mail',
    });
    expect(guessColumn('col', ['05 49 00 00 00', '0549000000'], 'actors').field).toBe('phone');
    // A links sheet has no contact.
    expect(guessColumn('col', ['a@b.fr', 'c@d.org'], 'links').field).toBe('ignore');
  });

  it('ignores what the model has no field for, and says what it saw', () => {
    expect(guessColumn('Nom du responsable', ['Jeanne Martin'], 'actors').field).toBe('ignore');
    expect(guessColumn('SIRET', ['12345678901234'], 'actors').field).toBe('ignore');
    expect(guessColumn('col', ['', ''], 'actors')).toEqual({
      field: 'ignore',
      confidence: 'high',
      reason: 'en-tête “col” : non reconnu ; valeurs : vides',
    });
  });
});

describe('profileValues', () => {
  it.each([
    [['01', '2A', '971', '86'], 'departementCode'],
    [['75', '84', '93'], 'regionCode'],
    [['12/03/2025', '2024-01-05', '03/2023'], 'date'],
    [['oui', 'Non', 'OUI'], 'boolean'],
    [['a; b', 'c; d; e', 'f'], 'list'],
    [['1', '2', '300'], 'number'],
    [['acteur', 'Projet'], 'kind'],
    [['porté par', 'partenaire de'], 'linkType'],
    [['France services de Vico', 'France services Calacuccia'], 'text'],
  ])('%j → %s', (values, kind) => {
    expect(profileValues(values)).toBe(kind);
  });

  it('reads what most cells share, despite a few stray ones', () => {
    expect(profileValues(['86194', '79191', '17300', '33063', 'inconnu'])).toBe('communeCode');
    expect(profileValues(['86194', 'inconnu', 'à voir'])).toBe('text');
  });
});
