import { EMPTY_META } from '../../tests/fixtures/actors';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { isEmailAddress } from '../core/grammar/contact';
import { ProblemLog } from '../core/problems';
import { DetailsShardSchema } from '../core/schema';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';
import { readActorSheet } from './actor-rows';
import { looksPersonal, normalisePhone, PERSONAL_EMAIL_MESSAGE } from './contact-cells';
import { writeDataFiles } from './data-files';

function read(text: string) {
  const log = new ProblemLog('acteurs.csv');
  const { actors } = readActorSheet(parseCsv(text), FIXTURE_PLACES, log, new Set());
  return { actors, contacts: actors.map((a) => a.properties.contact), problems: log.problems };
}

/** One row of `name;<header>` with `cell`: the contact read and the problems. */
function readOne(header: string, cell: string) {
  const { contacts, problems } = read(`name;${header}\nMaison des Poitevins;${cell}\n`);
  return { contact: contacts[0], problems };
}

const META = EMPTY_META;

describe('the contact cells of an actors sheet', () => {
  it('reads every part of a contact, from French headers', () => {
    const { contacts, problems } = read(
      [
        'nom;commune;code postal;adresse;courriel;téléphone;page de contact;réseaux sociaux;horaires',
        'Maison des Poitevins;Poitiers;86000;12 rue des Écoles;Contact@Maison-Poitevins.FR;05.49.12.34.56;https://maison.example/contact;https://www.reseau-social.example/maison https://mastodon.example/@maison;Lundi–vendredi 9 h–17 h',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(contacts[0]).toEqual({
      street: '12 rue des Écoles',
      postcode: '86000',
      email: 'Contact@maison-poitevins.fr',
      phone: '05 49 12 34 56',
      tel: '+33549123456',
      contactPage: 'https://maison.example/contact',
      social: ['https://www.reseau-social.example/maison', 'https://mastodon.example/@maison'],
      hours: 'Lundi–vendredi 9 h–17 h',
    });
  });

  it('gives no contact to a row that has none, and keeps a postcode alone for placing the actor only', () => {
    const { contacts } = read('nom;commune;code postal;courriel\nMaison;Poitiers;86000;\n');
    expect(contacts).toEqual([undefined]);
  });

  it('reads the English headers and the « mail » of public lists', () => {
    expect(readOne('email', 'info@tiers-lieu.org').contact).toEqual({ email: 'info@tiers-lieu.org' });
    expect(readOne('mail', 'info@tiers-lieu.org').contact).toEqual({ email: 'info@tiers-lieu.org' });
    expect(readOne('phone', '+33 5 49 12 34 56').contact).toEqual({ phone: '05 49 12 34 56', tel: '+33549123456' });
    expect(readOne('opening hours', 'Mon–Fri').contact).toEqual({ hours: 'Mon–Fri' });
  });
});

describe('emails', () => {
  it.each([
    'contact@mairie-poitiers.fr',
    'jean-marc.o’neil@x.fr'.replace('’', "'"),
    'accueil+atlas@tiers-lieux.org',
    'a@b.co',
    'contact@xn--mairie-y9a.fr',
  ])('accepts %s', (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });

  it.each([
    'contact@mairie',
    'contact mairie@poitiers.fr',
    'contact@@poitiers.fr',
    '.contact@poitiers.fr',
    'contact..x@poitiers.fr',
    'contact@-poitiers.fr',
    'contact@poitiers.123',
    'a?bcc=espion@poitiers.fr',
    'a#b@poitiers.fr',
    'élodie@poitiers.fr',
    'https://poitiers.fr',
    `${'a'.repeat(65)}@x.fr`,
  ])('refuses %s', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });

  it('reports an invalid address, in French, and leaves it out', () => {
    const { contact, problems } = readOne('email', 'contact(at)mairie.fr');
    expect(contact).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'acteurs.csv',
        line: 2,
        column: 'email',
        value: 'contact(at)mairie.fr',
        message: 'adresse de courriel invalide (attendu : nom@domaine.fr, sans espace ni accent)',
        action: 'ignorée',
      },
    ]);
  });

  it('drops « mailto: » and keeps the first of several addresses, saying so', () => {
    const { contact, problems } = readOne('email', '"mailto:accueil@poitiers.fr ; direction@poitiers.fr"');
    expect(contact).toEqual({ email: 'accueil@poitiers.fr' });
    expect(problems.map((p) => [p.message, p.action])).toEqual([
      ['plusieurs adresses de courriel dans la cellule', 'seul le premier est repris'],
    ]);
  });
});

describe('phones', () => {
  it.each([
    ['05 49 12 34 56', '05 49 12 34 56', '+33549123456'],
    ['0549123456', '05 49 12 34 56', '+33549123456'],
    ['05-49-12-34-56', '05 49 12 34 56', '+33549123456'],
    ['+33 (0)5 49 12 34 56', '05 49 12 34 56', '+33549123456'],
    ['0033 5 49 12 34 56', '05 49 12 34 56', '+33549123456'],
    ['06 12 34 56 78', '06 12 34 56 78', '+33612345678'],
    ['0 800 12 34 56', '08 00 12 34 56', '+33800123456'],
  ])('writes %s as « %s » and %s', (text, phone, tel) => {
    expect(normalisePhone(text)).toEqual({ phone, tel });
  });

  it.each([
    ['La Réunion, fixe', '0262 12 34 56', '02 62 12 34 56', '+262262123456'],
    ['La Réunion, mobile', '0692 12 34 56', '06 92 12 34 56', '+262692123456'],
    ['Mayotte, fixe', '0269 61 23 45', '02 69 61 23 45', '+262269612345'],
    ['Mayotte, mobile', '0639 01 23 45', '06 39 01 23 45', '+262639012345'],
    ['Guadeloupe', '0590 12 34 56', '05 90 12 34 56', '+590590123456'],
    ['Guyane', '0694 12 34 56', '06 94 12 34 56', '+594694123456'],
    ['Martinique', '0696 20 12 34', '06 96 20 12 34', '+596696201234'],
    ['La Réunion, international', '+262 262 12 34 56', '02 62 12 34 56', '+262262123456'],
  ])('reads overseas numbers (%s): %s', (_where, text, phone, tel) => {
    expect(normalisePhone(text)).toEqual({ phone, tel });
  });

  it('writes numbers abroad in international form', () => {
    expect(normalisePhone('+32 2 512 34 56')).toEqual({ phone: '+32 2 512 34 56', tel: '+3225123456' });
    expect(normalisePhone('+687 27 12 34')).toEqual({ phone: '+687 27 12 34', tel: '+687271234' });
  });

  it.each(['12345', '06 12 34 56 7', '05 49 12 34 56 78 9', '02 62 12', 'non communiqué', '05 49 12 34 56 poste 12', '00 00 00 00 00'])(
    'refuses %s',
    (text) => {
      expect(normalisePhone(text)).toBeUndefined();
    },
  );

  it('reports a bad number and leaves it out', () => {
    const { contact, problems } = readOne('téléphone', '05 49 12 34');
    expect(contact).toBeUndefined();
    expect(problems).toMatchObject([
      {
        column: 'téléphone',
        value: '05 49 12 34',
        message: 'numéro de téléphone invalide (attendu : 10 chiffres, « 05 49 12 34 56 », ou l’indicatif d’un pays, « +32 … »)',
        action: 'ignoré',
      },
    ]);
  });

  it('keeps the first of two numbers, saying so', () => {
    const { contact, problems } = readOne('tel', '05 49 12 34 56 / 06 12 34 56 78');
    expect(contact).toEqual({ phone: '05 49 12 34 56', tel: '+33549123456' });
    expect(problems.map((p) => p.message)).toEqual(['plusieurs numéros de téléphone dans la cellule']);
  });

  it('tells several values apart by « - » and « ou » too', () => {
    expect(readOne('email', 'accueil@maison.fr - direction@maison.fr').contact).toEqual({ email: 'accueil@maison.fr' });
    expect(readOne('tel', '05 49 12 34 56 ou 06 12 34 56 78').contact).toEqual({ phone: '05 49 12 34 56', tel: '+33549123456' });
  });
});

describe('web addresses of a contact', () => {
  it('keeps http(s) only, for the contact page and each social link', () => {
    const { contact, problems } = readOne(
      'page de contact;réseaux sociaux',
      'javascript:alert(1);https://www.linkedin.com/company/maison, ftp://x.fr | www.instagram.com/maison',
    );
    expect(contact).toEqual({ social: ['https://www.linkedin.com/company/maison', 'https://www.instagram.com/maison'] });
    expect(problems.map((p) => [p.column, p.value, p.action])).toEqual([
      ['page de contact', 'javascript:alert(1)', 'ignorée'],
      ['réseaux sociaux', 'ftp://x.fr', 'ignorée'],
    ]);
  });
});

describe('the personal-data rule', () => {
  it.each([
    ['marie.dupont@gmail.com', true],
    ['jean-pierre.martin@orange.fr', true],
    ['marie_dupont86@free.fr', true],
    ['M.Dupont@Hotmail.fr', true],
    ['paul.durand@wanadoo.fr', true],
    ['contact@gmail.com', false],
    ['marie.dupont@mairie-poitiers.fr', false],
    ['tierslieu86@laposte.net', false],
    ['paul.villemain@yahoo.fr', true],
    ['a.martin-durand@laposte.net', true],
    ['franceservices.florac@orange.fr', false],
    ['msap.roujan@gmail.com', false],
    ['accueil.caravelles@orange.fr', false],
    ['poms.lanet@orange.fr', false],
    ['centresocial.entraygues@wanadoo.fr', false],
    ['mairie.saint-affrique@wanadoo.fr', false],
  ])('%s looks like a private person’s: %s', (email, personal) => {
    expect(looksPersonal(email)).toBe(personal);
  });

  it('warns on a private-looking address and leaves it out unless the row says the contact may be published', () => {
    const unset = readOne('courriel;téléphone', 'marie.dupont@gmail.com;05 49 12 34 56');
    expect(unset.contact).toEqual({ phone: '05 49 12 34 56', tel: '+33549123456' });
    expect(unset.problems).toMatchObject([{ column: 'courriel', value: 'marie.dupont@gmail.com', message: PERSONAL_EMAIL_MESSAGE }]);
    expect(unset.problems[0]?.action).toMatch(/^non publiée : écrivez « oui » dans la colonne « contact publiable »/);
    expect(PERSONAL_EMAIL_MESSAGE).toBe('adresse qui semble personnelle : ne publiez le contact d’une personne qu’avec son accord');

    const consented = readOne('courriel;contact publiable', 'marie.dupont@gmail.com;oui');
    expect(consented.contact).toEqual({ email: 'marie.dupont@gmail.com' });
    expect(consented.problems).toMatchObject([
      { message: PERSONAL_EMAIL_MESSAGE, action: 'publiée : la colonne « contact publiable » dit oui' },
    ]);
  });

  it('leaves a contact that may not be published out of the record', () => {
    const no = readOne(
      'adresse;courriel;téléphone;horaires;contact_public',
      '3 impasse des Lilas;marie.dupont@gmail.com;06 12 34 56 78;le soir;non',
    );
    expect(no).toEqual({ contact: undefined, problems: [] });
    const unreadable = readOne('courriel;contact publiable', 'contact@maison.fr;peut-être');
    expect(unreadable.contact).toBeUndefined();
    expect(unreadable.problems).toMatchObject([
      {
        column: 'contact publiable',
        value: 'peut-être',
        message: 'valeur oui/non illisible',
        action: 'lu comme « non » : le contact n’est pas publié',
      },
    ]);
  });

  it('writes no trace of a contact that may not be published in any file, and writes the others in the details shards only', () => {
    const { actors } = read(
      [
        'id;nom;commune;adresse;courriel;téléphone;réseaux sociaux;horaires;contact publiable',
        'prive;Chez Marie;Poitiers;3 impasse des Lilas;marie.dupont@gmail.com;06 12 34 56 78;https://www.reseau-social.example/marie.dupont;le soir;non',
        'public;Maison des Poitevins;Poitiers;12 rue des Écoles;accueil@maison.fr;05 49 12 34 56;;9 h–17 h;',
      ].join('\n'),
    );
    const { files } = writeDataFiles({ actors: { type: 'FeatureCollection', features: actors }, links: [], meta: META });
    const everything = [...files.values()].join('\n');
    for (const secret of ['impasse des Lilas', 'marie.dupont', '61234', '12 34 56 78', 'le soir']) expect(everything).not.toContain(secret);
    const shard = DetailsShardSchema.parse(JSON.parse(files.get('details/0.json') ?? ''));
    expect(shard.details.map((d) => [d.id, d.contact])).toEqual([
      ['prive', undefined],
      [
        'public',
        { street: '12 rue des Écoles', email: 'accueil@maison.fr', phone: '05 49 12 34 56', tel: '+33549123456', hours: '9 h–17 h' },
      ],
    ]);
    expect(files.get('actors.columns.json')).not.toContain('accueil@maison.fr');
    expect(files.get('actors.columns.json')).not.toContain('"contact"');
  });
});
