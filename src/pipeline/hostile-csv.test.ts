/**
 * The corpus of broken and hostile sheets (tests/fixtures/hostile) through the real pipeline:
 * `buildData` reads the bytes from disk, decodes, parses, validates and writes the files the app
 * loads. For every case: the exact report, the rows that survive, and files that still meet the
 * app's schemas with identifiers a shared link accepts.
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, namesOf, reportOf, useHostileBuilds, type Built } from '../../tests/helpers/hostile-build';
import { parseCsv } from '../core/csv';
import { actorsToCsv } from '../features/list/export';
import { formulaFragments } from '../../tests/helpers/csv-formulas';

useHostileBuilds();
const build = buildHostile;

/** The report as [severity, line, column, value, message]: what the sheet's keeper reads. */
const report = reportOf;
const names = namesOf;
const props = (b: Built, name: string) => b.actors.find((a) => a.properties.name === name)?.properties;

describe('encodings', () => {
  it('reads a Windows-1252 sheet with its typographic apostrophes, « € », « Œ » and dashes, and says how it was read', async () => {
    const b = await build(['windows-1252.csv']);
    expect(b.problems).toEqual([
      {
        severity: 'warning',
        file: 'windows-1252.csv',
        line: 0,
        column: '',
        value: '',
        message: 'fichier en Windows-1252 (ancien format des tableurs), pas en UTF-8',
        action: 'lu en Windows-1252 ; vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »',
      },
    ]);
    expect(names(b)).toEqual(['Café associatif « L’Œuvre »', 'Élan coopératif']);
    expect(props(b, 'Café associatif « L’Œuvre »')).toMatchObject({
      description: 'Lieu d’échanges – ouvert à tous, 5 €',
      practices: ['dialogue'],
      profile: 'association',
      commune: '86194',
    });
    expect(props(b, 'Élan coopératif')).toMatchObject({ kind: 'project', profile: 'collectivite', commune: '69123' });
  });

  it('reads a UTF-16 sheet (a spreadsheet’s « Unicode text », tab-separated) without a word', async () => {
    const b = await build(['utf-16.csv']);
    expect(b.problems).toEqual([]);
    expect(names(b)).toEqual(['Régie de quartier', 'Coopérative d’activités']);
    expect(props(b, 'Régie de quartier')?.description).toBe('À Poitiers, « ensemble »');
  });

  it('keeps the accents of a UTF-8 sheet with one foreign byte and names the line that holds it', async () => {
    const b = await build(['utf-8-damaged.csv']);
    // The line that is not UTF-8 is read as Windows-1252 (hostile-encodings.test.ts has the rest).
    expect(report(b)).toEqual([
      ['warning', 3, '', '', 'ligne qui n’est pas en UTF-8 comme le reste du fichier (enregistrée dans un autre encodage)'],
    ]);
    expect(names(b)).toEqual(['Épicerie solidaire', 'Maison de quartier des Prés', 'Tiers-lieu « Ô quai »']);
  });
});

describe('quotes and line ends', () => {
  it('reads a stray quote at the start of a cell as a character, instead of swallowing the lines after it', async () => {
    const b = await build(['stray-quotes.csv']);
    const stray = 'lecture CSV : guillemet en début de cellule qui n’est pas refermé en fin de cellule';
    expect(report(b)).toEqual([
      ['warning', 3, '', '', stray],
      ['warning', 4, '', '', stray],
    ]);
    expect(b.problems[0]?.action).toBe('guillemet lu comme un caractère ; les lignes suivantes sont lues normalement');
    expect(names(b)).toEqual(['Centre "social" des Lilas', '"Les Amis" du quartier', 'Collectif', 'Atelier', 'Dernier']);
    expect(props(b, 'Collectif')).toMatchObject({ profile: 'association', description: 'guillemet jamais fermé' });
    // A well-quoted cell over two lines, after the stray quotes, is still one cell.
    expect(props(b, 'Atelier')?.description).toBe('cellule "citée" correctement, sur\ndeux lignes');
    expect(props(b, 'Dernier')).toMatchObject({ profile: 'entreprise', description: 'fin' });
  });

  it('keeps the rows before a file cut in the middle of a quoted cell, and the cut row itself', async () => {
    const b = await build(['truncated.csv']);
    expect(report(b)).toEqual([
      ['warning', 3, '', '', 'lecture CSV : guillemet en début de cellule qui n’est pas refermé en fin de cellule'],
    ]);
    expect(names(b)).toEqual(['Premier', 'Tronqué']);
    expect(props(b, 'Tronqué')?.description).toBe('"La description s’arrête au milie');
  });

  it('reads old Mac line ends (CR only), a quoted line break included', async () => {
    const b = await build(['old-mac-line-endings.csv']);
    expect(b.problems).toEqual([]);
    expect(b.actors.map((a) => [a.properties.name, a.properties.description])).toEqual([
      ['Premier', 'deux\nlignes'],
      ['Second', 'une ligne'],
    ]);
  });
});

describe('the shape of the sheet', () => {
  it('refuses a sheet without a name column, saying which columns it found', async () => {
    const b = await build(['missing-name-column.csv']);
    expect(b.problems).toEqual([
      {
        severity: 'error',
        file: 'missing-name-column.csv',
        line: 1,
        column: 'name',
        value: 'id,profil,commune',
        message: 'la colonne du nom (name ou nom) manque',
        action: 'aucune ligne lue dans ce fichier',
      },
    ]);
    expect(b.actors).toEqual([]);
  });

  it('keeps rows with missing cells, their fields empty', async () => {
    const b = await build(['missing-cells.csv']);
    expect(b.problems).toEqual([]);
    expect(names(b)).toEqual(['Seulement un nom', 'Deux cellules', 'Complet']);
    expect(props(b, 'Seulement un nom')).toMatchObject({ profile: null, scope: null, precision: 'none' });
    expect(props(b, 'Deux cellules')?.profile).toBe('association');
    expect(props(b, 'Complet')).toMatchObject({ scope: 'local', commune: '86194' });
  });

  it('reports unknown and doubled columns and cells beyond the header, and keeps the rows', async () => {
    const b = await build(['extra-columns.csv']);
    expect(report(b)).toEqual([
      ['warning', 1, 'couleur préférée', '', 'colonne inconnue'],
      ['warning', 1, 'nom', '', 'colonne en double (même champ que « name »)'],
      ['warning', 2, '', 'en trop', '1 cellule(s) au-delà des colonnes de l’en-tête'],
    ]);
    // "nom" repeats "name": the first column is the one read.
    expect(b.actors.map((a) => [a.properties.name, a.properties.profile])).toEqual([
      ['Avec une cellule de trop', 'association'],
      ['Sans surplus', 'entreprise'],
    ]);
  });

  it('skips blank rows, keeps counting lines, and rejects a name of invisible characters', async () => {
    const b = await build(['empty-rows.csv']);
    expect(report(b)).toEqual([['error', 7, 'name', '', 'nom vide']]);
    expect(names(b)).toEqual(['Premier', 'Second']);
  });

  it('says that an empty file is empty', async () => {
    const b = await build(['empty-file.csv']);
    expect(report(b)).toEqual([['error', 0, '', '', 'fichier vide']]);
    expect(b.actors).toEqual([]);
  });

  it('accepts a header without rows', async () => {
    const b = await build(['header-only.csv']);
    expect(b.problems).toEqual([]);
    expect(b.actors).toEqual([]);
  });

  it('refuses a web page saved as CSV', async () => {
    const b = await build(['not-a-csv.csv']);
    expect(report(b)).toEqual([
      ['warning', 1, '<!doctype html>', '', 'colonne inconnue'],
      ['error', 1, 'name', '<!doctype html>', 'la colonne du nom (name ou nom) manque'],
    ]);
    expect(b.actors).toEqual([]);
  });
});

describe('values', () => {
  it('cuts huge cells to their limit, refuses an address too long to cut, and keeps the row', async () => {
    const b = await build(['huge-fields.csv']);
    expect(b.problems.map((p) => [p.line, p.column, p.message, p.action])).toEqual([
      [2, 'name', 'texte trop long (300 caractères)', 'coupé à 200'],
      [2, 'website', 'adresse web trop longue (2119 caractères)', 'ignorée'],
      [2, 'description', 'texte trop long (109999 caractères)', 'coupé à 4000'],
      [2, 'themes', 'texte trop long (13889 caractères)', 'coupé à 4000'],
    ]);
    // The report quotes 200 characters of a value, not 100 000.
    expect(b.problems.every((p) => p.value.length <= 201)).toBe(true);
    const huge = b.actors[0]?.properties;
    expect(huge?.name).toBe('N'.repeat(200));
    expect(huge?.id).toBe('n'.repeat(100));
    expect(huge?.description).toHaveLength(4000);
    expect(huge?.website).toBe('');
    expect(huge?.themes).toHaveLength(456);
    expect(props(b, 'Normal')).toMatchObject({ description: 'court', website: 'https://exemple.fr/', themes: ['emploi'] });
  });

  it('rejects a repeated id, in the same sheet or across sheets, and explains an id made from a repeated name', async () => {
    const b = await build(['good-actors.csv', 'duplicate-ids.csv']);
    expect(b.problems).toEqual([
      {
        severity: 'error',
        file: 'duplicate-ids.csv',
        line: 3,
        column: 'id',
        value: 'a1',
        message: 'identifiant déjà utilisé par une autre ligne (« a1 »)',
        action: 'ligne écartée : donnez-lui un identifiant unique',
      },
      {
        severity: 'error',
        file: 'duplicate-ids.csv',
        line: 5,
        column: 'name',
        value: 'gamma',
        message: 'le nom donne le même identifiant (« gamma ») qu’une ligne déjà lue',
        action: 'ligne écartée : donnez-lui un identifiant unique dans une colonne id',
      },
      {
        severity: 'error',
        file: 'duplicate-ids.csv',
        line: 7,
        column: 'id',
        value: 'rameau',
        message: 'identifiant déjà utilisé par une autre ligne (« rameau »)',
        action: 'ligne écartée : donnez-lui un identifiant unique',
      },
    ]);
    expect(b.actors.map((a) => a.properties.id)).toEqual([
      'rameau',
      'maison-poitiers',
      'projet-lyon',
      'a1',
      'gamma',
      'A1',
      'id-f310e57c',
      'tres-long-nom-tres-long-nom-tres-long-nom-tres-long-nom-tres-long-nom-tres-long-nom-tres-long-nom-tr',
    ]);
    expect(props(b, 'Le RAMEAU')).toBeDefined();
    expect(props(b, 'Un autre RAMEAU')).toBeUndefined();
    expect(props(b, '北京合作社')?.id).toBe('id-f310e57c');
  });

  it('reports every unknown code with its column and value, and keeps the row with what could be read', async () => {
    const b = await build(['unknown-codes.csv']);
    expect(report(b)).toEqual([
      ['warning', 2, 'id', '<b>x</b>', 'identifiant avec des caractères non admis (lettres, chiffres, - _ . : seulement)'],
      ['warning', 2, 'kind', 'chose', 'nature inconnue (attendu : actor/acteur ou project/projet)'],
      ['warning', 2, 'practices', 'peinture', 'pratique inconnue (attendu : dialogue, experimentation, accompagnement, lieu)'],
      [
        'warning',
        2,
        'profile',
        'ONG',
        'profil inconnu (attendu : collectivite, association, entreprise, accompagnateur, institution, academique)',
      ],
      ['warning', 2, 'scope', 'mondial', 'échelle inconnue (attendu : local, departemental, regional, national)'],
      ['warning', 2, 'sample', 'peut-être', 'valeur oui/non illisible'],
      ['warning', 2, 'departement', '99', 'code de département inconnu'],
      ['warning', 2, 'region', '00', 'code de région inconnu'],
      ['warning', 2, 'commune', '99999', 'code INSEE de commune inconnu'],
      ['warning', 4, 'postcode', '00000', 'code postal inconnu'],
    ]);
    expect(props(b, 'Codes inconnus')).toMatchObject({
      id: 'b-x-b',
      kind: 'actor',
      practices: ['dialogue'],
      profile: null,
      scope: null,
      departement: '',
      region: '',
      precision: 'none',
      sample: false,
    });
    // A département typed "1" is Ain, "01", as the filters and the URL write it.
    expect(props(b, 'Département sans zéro')).toMatchObject({ departement: '01', region: '84', precision: 'departement' });
    expect(props(b, 'Code postal inconnu')).toMatchObject({ kind: 'project', precision: 'none', sample: true });
  });

  it('refuses coordinates out of range, unreadable or outside France, each with its reason', async () => {
    const b = await build(['coordinates.csv']);
    expect(report(b)).toEqual([
      ['warning', 2, 'lat', '200 ; 500', 'latitude hors de l’intervalle -90 à 90'],
      ['warning', 3, 'lat', 'abc ; def', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
      ['warning', 4, 'lon', '46.5 ; ', 'coordonnée manquante (il faut la latitude et la longitude)'],
      ['warning', 5, 'lat', 'Infinity ; 1e400', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
      ['warning', 6, 'lat', '0x2E ; 0x1', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
      [
        'warning',
        7,
        'lat',
        '0.34 ; 46.58',
        'coordonnées hors du territoire français de la carte (latitude et longitude inversées ? inversées, elles tombent dans le département 86, pas dans le 69)',
      ],
    ]);
    const place = (name: string) => {
      const a = b.actors.find((f) => f.properties.name === name);
      return [a?.properties.precision, a?.geometry?.coordinates ?? null];
    };
    // Refused coordinates fall back on the département's chef-lieu when there is one.
    expect(place('Hors limites')).toEqual(['departement', [0.35969, 46.58356]]);
    expect(place('Inversées')).toEqual(['departement', [4.83638, 45.75485]]);
    expect(place('Infini')).toEqual(['none', null]);
    expect(place('Hexadécimal')).toEqual(['none', null]);
    expect(place('Virgules')).toEqual(['coordinates', [0.34, 46.58]]);
    expect(place('La Réunion')).toEqual(['coordinates', [55.5364, -21.1151]]);
    expect(b.actors).toHaveLength(8);
  });
});

describe('markup, scripts and formulas', () => {
  it('keeps markup as plain text, refuses every address that is not http(s) and reports it', async () => {
    const b = await build(['html-script.csv']);
    const invalidAddress = 'adresse web invalide (seules les adresses http et https sont acceptées)';
    expect(report(b)).toEqual([
      ['warning', 2, 'id', '<script>alert(1)</script>', 'identifiant avec des caractères non admis (lettres, chiffres, - _ . : seulement)'],
      ['warning', 2, 'kind', '<u>acteur</u>', 'nature inconnue (attendu : actor/acteur ou project/projet)'],
      ['warning', 2, 'website', 'javascript:alert(1)', invalidAddress],
      ['warning', 2, 'commune', '<svg onload=alert(4)>', 'commune introuvable'],
      ['warning', 3, 'website', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', invalidAddress],
      ['warning', 4, 'website', 'https://exemple.fr@ailleurs.example', invalidAddress],
      // Markup in every coded column: each value unknown, reported, left empty.
      ['warning', 6, 'kind', '<b>gras</b>', 'nature inconnue (attendu : actor/acteur ou project/projet)'],
      [
        'warning',
        6,
        'practices',
        '<script>alert(8)</script>',
        'pratique inconnue (attendu : dialogue, experimentation, accompagnement, lieu)',
      ],
      [
        'warning',
        6,
        'profile',
        '<b>ONG</b>',
        'profil inconnu (attendu : collectivite, association, entreprise, accompagnateur, institution, academique)',
      ],
      ['warning', 6, 'scope', '<i>mondial</i>', 'échelle inconnue (attendu : local, departemental, regional, national)'],
      ['warning', 6, 'sample', '<script>oui</script>', 'valeur oui/non illisible'],
      ['warning', 6, 'departement', '<img src=x onerror=alert(9)>', 'code de département inconnu'],
      ['warning', 6, 'region', '<u>84</u>', 'code de région inconnu'],
      ['warning', 6, 'postcode', '<i>75001</i>', 'code postal inconnu'],
      ['warning', 6, 'lat', '<b>46</b> ; <svg onload=alert(10)>', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
    ]);
    expect(props(b, '<script>window.__pwned=1</script>Nom piégé')).toMatchObject({
      id: 'script-alert-1-script',
      description: '<img src=x onerror="window.__pwned=2">',
      website: '',
      themes: ['<b>gras</b>', '<i>italique</i>'],
      // Kept as text: the app links only http(s) sources.
      sources: ['javascript:alert(3)'],
    });
    expect(props(b, 'Lien data')).toMatchObject({ website: '', sources: ['https://exemple.fr/"><script>alert(5)</script>'] });
    expect(props(b, 'Identifiants dans l’adresse')).toMatchObject({ website: '', sources: ['//ailleurs.example/x'] });
    expect(props(b, 'Adresse en majuscules')?.website).toBe('https://exemple.fr/Page');
    expect(props(b, 'Toutes les colonnes')).toMatchObject({
      kind: 'actor',
      practices: [],
      profile: null,
      scope: null,
      departement: '',
      region: '',
      precision: 'none',
      locationBasis: '',
      sample: false,
      // The role in the source stands for the description, as text.
      description: '<a href="javascript:alert(11)">rôle</a>',
    });
    expect(b.actors.every((a) => a.properties.website === '' || a.properties.website.startsWith('https://'))).toBe(true);
  });

  it('removes control characters and direction overrides, and rejects a name of invisible characters', async () => {
    const b = await build(['control-characters.csv']);
    expect(report(b)).toEqual([['error', 4, 'name', '', 'nom vide']]);
    expect(b.actors.map((a) => [a.properties.name, a.properties.description])).toEqual([
      ['Nom inversé', 'texte'],
      ['Échappement [31mrouge[0m', 'avec NUL et cloche'],
    ]);
  });

  it('keeps formulas as text in the data, and the CSV export opens them as text', async () => {
    const b = await build(['formula-injection.csv']);
    expect(b.problems).toEqual([]);
    expect(props(b, '=HYPERLINK("http://evil.example","Cliquez")')).toMatchObject({
      description: "+cmd|' /C calc'!A0",
      themes: ['@SUM(1+1)'],
      sources: ['-2+3+cmd', "' /C calc'!A0"],
    });
    const csv = actorsToCsv(b.actors);
    const rows = parseCsv(csv).rows.map((r) => r.values);
    expect(rows.map((r) => [r['Nom'], r['Description'], r['Thèmes'], r['Sources']])).toEqual([
      [`'=HYPERLINK("http://evil.example","Cliquez")`, `'+cmd|' /C calc'!A0`, "'@SUM(1+1)", `'-2+3+cmd | ' /C calc'!A0`],
      ['Cellule coupée', `Voir ;'=HYPERLINK("http://evil.example","ici")`, 'x', 'y'],
      ['Nombre négatif', '-1.5', 'Tours -20 %', 'ok'],
      // A formula after a `;` or a tab inside a cell, where a spreadsheet set for that separator starts a cell.
      ["Assoc;'-2+3+cmd|' /C calc'!A0", 'Cellule coupée au point-virgule', 'x', 'y'],
      ['Texte point-virgule', "Texte;'+1+cmd|' /C calc'!A0", 'x', 'y'],
      ['Texte tabulation', "Texte\t'=2+3", 'x', 'y'],
      // The sheet's leading tabs are trimmed when read; the formula behind them is not run.
      ['Tabulation en tête', "'@SUM(A1)", "'=1+1", 'y'],
    ]);
    // No fragment of a cell starts a formula, however a spreadsheet splits the file (`,` `;` tab, line breaks).
    expect(formulaFragments(csv)).toEqual([]);
  });
});

describe('links', () => {
  it('leaves out links to nobody, to oneself and of unknown types, keeps one of a duplicate, and keeps notes as text', async () => {
    const b = await build(['good-actors.csv'], ['links-hostile.csv']);
    expect(report(b)).toEqual([
      ['warning', 1, 'couleur', '', 'colonne inconnue'],
      ['error', 2, 'target', 'Inconnu SA', 'lien vers un acteur inconnu (ni identifiant ni nom exact)'],
      ['error', 3, 'source', '', 'extrémité du lien vide'],
      ['error', 4, 'type', 'cousin', 'type de lien inconnu (attendu : porte, partenaire, membre, fondateur, financeur)'],
      ['error', 5, 'target', 'rameau', 'lien d’un acteur vers lui-même'],
      ['warning', 7, '', 'rameau → maison-poitiers', 'lien en double'],
      ['warning', 9, 'note', `${'n'.repeat(200)}…`, 'texte trop long (1500 caractères)'],
    ]);
    expect(b.links.map((l) => [l.source, l.target, l.type, l.note.length > 100 ? l.note.length : l.note])).toEqual([
      ['rameau', 'maison-poitiers', 'partenaire', '<img src=x onerror=alert(1)>'],
      ['maison-poitiers', 'projet-lyon', 'porte', '=HYPERLINK("http://evil.example")'],
      ['rameau', 'projet-lyon', 'financeur', 1000],
    ]);
    expect(b.actors).toHaveLength(3);
  });

  it('refuses a link sheet without a type column, and keeps the actors', async () => {
    const b = await build(['good-actors.csv'], ['links-missing-columns.csv']);
    expect(b.problems).toEqual([
      {
        severity: 'error',
        file: 'links-missing-columns.csv',
        line: 1,
        column: 'type',
        value: 'de,vers',
        message: 'colonne(s) manquante(s) : type',
        action: 'aucun lien lu dans ce fichier',
      },
    ]);
    expect(b.links).toEqual([]);
    expect(b.actors).toHaveLength(3);
  });
});

describe('the whole corpus at once', () => {
  it('builds every hostile sheet together: nothing crashes, every error is a left-out row', async () => {
    const actorSheets = [
      'good-actors.csv',
      'windows-1252.csv',
      'utf-16.csv',
      'utf-8-damaged.csv',
      'stray-quotes.csv',
      'truncated.csv',
      'old-mac-line-endings.csv',
      'missing-name-column.csv',
      'missing-cells.csv',
      'extra-columns.csv',
      'empty-rows.csv',
      'empty-file.csv',
      'header-only.csv',
      'not-a-csv.csv',
      'huge-fields.csv',
      'duplicate-ids.csv',
      'unknown-codes.csv',
      'coordinates.csv',
      'html-script.csv',
      'control-characters.csv',
      'formula-injection.csv',
    ];
    const b = await build(actorSheets, ['links-hostile.csv', 'links-missing-columns.csv']);
    const ids = b.actors.map((a) => a.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Sheets share their ids: "premier" and "second" of later sheets repeat those of earlier ones.
    expect(b.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`)).toEqual([
      'old-mac-line-endings.csv:2',
      'missing-name-column.csv:1',
      'empty-rows.csv:5',
      'empty-rows.csv:7',
      'empty-rows.csv:9',
      'empty-file.csv:0',
      'not-a-csv.csv:1',
      'duplicate-ids.csv:3',
      'duplicate-ids.csv:5',
      'duplicate-ids.csv:7',
      'control-characters.csv:4',
      'links-hostile.csv:2',
      'links-hostile.csv:3',
      'links-hostile.csv:4',
      'links-hostile.csv:5',
      'links-missing-columns.csv:1',
    ]);
    // 3+2+2+3+5+2+1+3+2+0+2+5+3+8+5+2+7 rows kept, sheet by sheet.
    expect(b.actors).toHaveLength(55);
    expect(b.links).toHaveLength(3);
  });
});
