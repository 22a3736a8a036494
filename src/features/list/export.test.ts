import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { actorsToCsv, actorsToGeoJson, exportHeader, MULTI_VALUE_SEPARATOR, withDetails } from './export';
import { actor } from '../../../tests/fixtures/actors';
import { formulaFragments } from '../../../tests/helpers/csv-formulas';

describe('actorsToCsv', () => {
  it('writes labels in French, coordinates as numbers and neutralised formulas', () => {
    const csv = actorsToCsv([
      actor({ id: 'x', name: '=1+1', practices: ['dialogue', 'lieu'], profile: 'association', sample: true }, [-1.55, 47.2]),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const row = parseCsv(csv).rows[0]?.values;
    expect(row).toMatchObject({
      Nom: "'=1+1",
      Pratiques: "Dialogue territorial | Gestion d'un lieu",
      Profil: 'Association',
      Longitude: '-1.55',
      Latitude: '47.2',
      'Donnée d’exemple': 'oui',
    });
  });

  it('opens in French Excel: `;` between cells, BOM, CRLF, every row as many cells as the header', () => {
    const csv = actorsToCsv(
      [
        actor(
          {
            id: 'x',
            name: 'Tiers-lieu, café; atelier',
            practices: ['dialogue', 'lieu'],
            themes: ['Culture, patrimoine', 'Numérique'],
            sources: ['Annuaire 2024, p. 3', 'https://exemple.fr/a;b'],
            region: '75',
            departement: '86',
            commune: '86194',
            communeName: 'Poitiers',
            precision: 'commune',
            qualification: 0.73,
            missing: ['website', 'description'],
          },
          [0.34, 46.58],
        ),
      ],
      { names: { regions: { '75': 'Nouvelle-Aquitaine' }, departements: { '86': 'Vienne' } } },
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(exportHeader('fr').join(';'));
    expect(lines[0]).toContain('Identifiant;Nom;Nature;Pratiques;Profil;Échelle d’action;Thèmes');
    const table = parseCsv(csv);
    expect(table.delimiter).toBe(';');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.extra).toEqual([]);
    expect(table.rows[0]?.values).toMatchObject({
      Nom: 'Tiers-lieu, café; atelier',
      Nature: 'Acteur',
      Pratiques: "Dialogue territorial | Gestion d'un lieu",
      Thèmes: 'Culture, patrimoine | Numérique',
      'Code région': '75',
      Région: 'Nouvelle-Aquitaine',
      'Code département': '86',
      Département: 'Vienne',
      'Code commune (INSEE)': '86194',
      Commune: 'Poitiers',
      'Précision du lieu': 'Commune',
      'Qualification (%)': '73',
      'Informations manquantes': 'description | site web',
      Sources: 'Annuaire 2024, p. 3 | https://exemple.fr/a;b',
      'Donnée d’exemple': 'non',
    });
    // The values' own commas and semicolons are not the multi-value separator.
    expect(MULTI_VALUE_SEPARATOR.trim()).toBe('|');
  });

  it('writes English headers and values for the English interface, and commas when asked', () => {
    const csv = actorsToCsv([actor({ id: 'x', practices: ['lieu'], missing: ['website'], region: '75', sample: true })], {
      lang: 'en',
      delimiter: ',',
      names: { regions: { '75': 'Nouvelle-Aquitaine' }, departements: {} },
    });
    const table = parseCsv(csv);
    expect(table.delimiter).toBe(',');
    expect(table.header.slice(0, 4)).toEqual(['Identifier', 'Name', 'Kind', 'Practices']);
    expect(table.rows[0]?.values).toMatchObject({
      Kind: 'Actor',
      Practices: 'Running a venue',
      'Missing information': 'website',
      Région: 'Nouvelle-Aquitaine',
      'Sample data': 'yes',
    });
  });

  it('carries the contact details in their own columns, empty for an actor without', () => {
    const contact = {
      street: '12 rue des Écoles',
      postcode: '86000',
      email: 'accueil@maison.fr',
      phone: '05 49 12 34 56',
      tel: '+33549123456',
      contactPage: 'https://maison.example/contact',
      social: ['https://www.reseau-social.example/maison', 'https://mastodon.example/@maison'],
      hours: 'Lundi–vendredi 9 h–17 h',
    };
    const rows = parseCsv(actorsToCsv([actor({ id: 'x', contact }), actor({ id: 'y' })])).rows.map((r) => r.values);
    expect(rows[0]).toMatchObject({
      Courriel: 'accueil@maison.fr',
      Téléphone: '05 49 12 34 56',
      Adresse: '12 rue des Écoles',
      'Code postal': '86000',
      'Page de contact': 'https://maison.example/contact',
      'Réseaux sociaux': 'https://www.reseau-social.example/maison | https://mastodon.example/@maison',
      Horaires: 'Lundi–vendredi 9 h–17 h',
    });
    expect(rows[1]).toMatchObject({
      Courriel: '',
      Téléphone: '',
      Adresse: '',
      'Code postal': '',
      'Page de contact': '',
      'Réseaux sociaux': '',
      Horaires: '',
    });
  });

  it('gives back the contact with the details it was exported with', () => {
    const contact = { email: 'accueil@maison.fr', phone: '05 49 12 34 56', tel: '+33549123456' };
    const { properties, ...feature } = actor({ id: 'x' });
    const { description, website, sources, locationBasis, verifiedAt, ...map } = properties;
    const details = { id: 'x', description, website, sources, locationBasis, verifiedAt };
    expect(withDetails({ ...feature, properties: map }, { ...details, contact }).properties.contact).toEqual(contact);
    expect(Object.keys(withDetails({ ...feature, properties: map }, details).properties)).not.toContain('contact');
  });

  it('leaves no formula a spreadsheet could run, whatever separator it splits on', () => {
    const csv = actorsToCsv([
      actor({ id: 'f4', name: "Assoc;-2+3+cmd|' /C calc'!A0", description: "Texte;+1+cmd|' /C calc'!A0", themes: ['Texte\t=2+3'] }),
      actor({ id: 'f5', name: '\t@SUM(A1)', sources: ['-2+3', '+33 1 23 45 67 89'] }, [-1.55, 47.2]),
    ]);
    expect(formulaFragments(csv)).toEqual([]);
    expect(
      parseCsv(csv).rows.map((r) => [
        r.values['Nom'],
        r.values['Description'],
        r.values['Thèmes'],
        r.values['Sources'],
        r.values['Longitude'],
      ]),
    ).toEqual([
      ["Assoc;'-2+3+cmd|' /C calc'!A0", "Texte;'+1+cmd|' /C calc'!A0", "Texte\t'=2+3", '', '2.35'],
      ["'\t'@SUM(A1)", '', '', "'-2+3 | '+33 1 23 45 67 89", '-1.55'],
    ]);
  });
});

describe('actorsToGeoJson', () => {
  it('writes a FeatureCollection that parses back to the same features', () => {
    const f = actor({ id: 'x' });
    expect(JSON.parse(actorsToGeoJson([f]))).toEqual({ type: 'FeatureCollection', features: [f] });
  });
});
