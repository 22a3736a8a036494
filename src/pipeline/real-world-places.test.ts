/**
 * What real public lists of French organisations write about places, through the real gazetteer
 * (`public/data`, built by `npm run data`): each case placed at its commune, with a note that says
 * what was read.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../scripts/build-data';
import { placeActor, type PlacementInput, type Places } from './placement';

let places: Places;
beforeAll(async () => {
  places = await readPlaces(resolve(__dirname, '../../public/data'));
}, 60_000);

const place = (over: Partial<PlacementInput>) =>
  placeActor({ commune: '', communeName: '', postcode: '', departement: '', region: '', lat: '', lon: '', ...over }, places);

describe('arrondissements of Paris, Lyon and Marseille', () => {
  it('places an arrondissement code at the arrondissement and names it', () => {
    expect(place({ commune: '75115' })).toMatchObject({
      precision: 'commune',
      commune: '75115',
      communeName: 'Paris 15e Arrondissement',
      departement: '75',
      region: '11',
      point: [2.3428, 48.85661],
      notes: [],
    });
    expect(place({ commune: '13201' })).toMatchObject({ commune: '13201', communeName: 'Marseille 1er Arrondissement', departement: '13' });
    expect(place({ commune: '69389' })).toMatchObject({ commune: '69389', communeName: 'Lyon 9e Arrondissement', departement: '69' });
  });

  it('reads an arrondissement from its postcode or from the way sheets name it', () => {
    expect(place({ postcode: '75016' }).commune).toBe('75116');
    expect(place({ communeName: 'Paris', postcode: '75020' }).commune).toBe('75120');
    const named = place({ communeName: 'Marseille 13e' });
    expect(named).toMatchObject({ commune: '13213', communeName: 'Marseille 13e Arrondissement' });
    expect(named.notes).toEqual([
      {
        column: 'communeName',
        value: 'Marseille 13e',
        message: 'nom de commune lu comme « Marseille 13e Arrondissement » (13213)',
        action: 'placé à la commune',
      },
    ]);
  });

  it('keeps the row’s own point within the arrondissement’s city', () => {
    expect(place({ commune: '69388', lat: '45.73236', lon: '4.863936' })).toMatchObject({
      precision: 'coordinates',
      commune: '69388',
      point: [4.863936, 45.73236],
      notes: [],
    });
  });
});

describe('overseas collectivities', () => {
  it('places Saint-Martin’s commune and accepts its coordinates as France', () => {
    expect(place({ commune: '97801', lat: '18.0580422993005', lon: '-63.1008307167659' })).toMatchObject({
      precision: 'coordinates',
      commune: '97801',
      communeName: 'Saint-Martin',
      departement: '978',
      region: '',
      point: [-63.1008307167659, 18.0580422993005],
      notes: [],
    });
  });

  it('places Saint-Pierre-et-Miquelon and Saint-Barthélemy at their chef-lieu', () => {
    expect(place({ commune: '97502' })).toMatchObject({ precision: 'commune', communeName: 'Saint-Pierre', point: [-56.18, 46.78] });
    expect(place({ departement: '977' })).toMatchObject({ precision: 'departement', departement: '977', point: [-62.85, 17.9] });
    expect(place({ postcode: '97133' }).commune).toBe('97701');
  });

  it('names a commune of Nouvelle-Calédonie without placing it', () => {
    expect(place({ commune: '98818' })).toMatchObject({
      precision: 'none',
      departement: '988',
      point: null,
      notes: [
        {
          column: 'commune',
          value: '98818',
          message: 'commune de Nouvelle-Calédonie (988), collectivité d’outre-mer que la carte ne dessine pas',
          action: 'sans point sur la carte',
        },
      ],
    });
  });
});

describe('a code column and a name column', () => {
  it('places a row whose code is empty by its name and postcode', () => {
    expect(place({ communeName: 'Chauvigny', postcode: '86300' })).toMatchObject({ precision: 'commune', commune: '86070', notes: [] });
  });

  it('looks for the name when the code is unreadable or unknown', () => {
    const p = place({ commune: '0null', communeName: 'SAINT-ETIENNE-VALLEE-FRANCAISE', postcode: '48330' });
    expect(p).toMatchObject({ precision: 'commune', commune: '48148', communeName: 'Saint-Étienne-Vallée-Française' });
    expect(p.notes.map((n) => [n.column, n.message])).toEqual([['commune', 'code INSEE illisible (5 chiffres attendus)']]);
    expect(place({ commune: '99999', communeName: 'Poitiers' })).toMatchObject({ commune: '86194' });
  });
});

describe('postcodes and names as spreadsheets leave them', () => {
  it('gives a four-digit postcode its leading zero back, and says so', () => {
    const p = place({ postcode: '1000', communeName: 'Bourg-en-Bresse' });
    expect(p).toMatchObject({ precision: 'commune', commune: '01053' });
    expect(p.notes).toEqual([
      {
        column: 'postcode',
        value: '1000',
        message: 'code postal de 4 chiffres (zéro initial perdu par le tableur ?)',
        action: 'lu comme 01000',
      },
    ]);
    expect(place({ commune: '1053' })).toMatchObject({ commune: '01053', notes: [{ action: 'lu comme 01053 (Bourg-en-Bresse)' }] });
  });

  it('reads a CEDEX code’s département and finds the commune by its name there', () => {
    const p = place({ postcode: '86035 CEDEX', communeName: 'Poitiers' });
    expect(p).toMatchObject({ precision: 'commune', commune: '86194', communeName: 'Poitiers' });
    expect(p.notes).toEqual([
      {
        column: 'postcode',
        value: '86035 CEDEX',
        message: 'code CEDEX (propre à un organisme, absent des codes postaux des communes) : département 86 lu',
        action: 'placé à la commune Poitiers (86194), trouvée par son nom dans le département 86',
      },
    ]);
    expect(place({ postcode: '20090 Cedex 9', communeName: 'AJACCIO' })).toMatchObject({ commune: '2A004' });
  });

  it('places a CEDEX code alone at its département’s chef-lieu', () => {
    const p = place({ postcode: '86035 CEDEX' });
    expect(p).toMatchObject({ precision: 'departement', departement: '86', region: '75' });
    expect(p.notes.map((n) => n.action)).toEqual(['placé au chef-lieu du département 86 ; donnez la commune']);
  });

  it('reads names in capitals or with « St » / « Ste », and says how', () => {
    expect(place({ communeName: 'POITIERS' })).toMatchObject({
      commune: '86194',
      notes: [{ column: 'communeName', value: 'POITIERS', message: 'nom de commune lu comme « Poitiers » (86194)' }],
    });
    expect(place({ communeName: 'STE SOLINE' })).toMatchObject({ commune: '79297', communeName: 'Sainte-Soline' });
    expect(place({ communeName: 'St Benoit', departement: '86' })).toMatchObject({ commune: '86214', communeName: 'Saint-Benoît' });
    expect(place({ commune: 'Ste Foy-lès-Lyon' })).toMatchObject({ commune: '69202', communeName: 'Sainte-Foy-lès-Lyon' });
  });
});

describe('coordinates', () => {
  it('reads decimal commas as French spreadsheets write them', () => {
    expect(place({ lat: '46,58', lon: '0,34' })).toMatchObject({
      precision: 'coordinates',
      point: [0.34, 46.58],
      departement: '86',
      notes: [],
    });
  });

  it('converts Lambert-93 metres, and says so', () => {
    const p = place({ lat: '6586000', lon: '497000' });
    expect(p).toMatchObject({ precision: 'coordinates', point: [0.360061, 46.343376], departement: '86' });
    expect(p.notes).toEqual([
      {
        column: 'lat',
        value: '6586000 ; 497000',
        message: 'coordonnées en mètres, lues en Lambert-93 (le système légal de la métropole)',
        action: 'converties en latitude et longitude : 46.34338 ; 0.36006',
      },
    ]);
    expect(place({ lat: '652 000', lon: '6 862 000' }).departement).toBe('75');
  });

  it('reads swapped coordinates when nothing contradicts them, and says so', () => {
    const p = place({ lat: '0.34', lon: '46.58', commune: '86194' });
    expect(p).toMatchObject({ precision: 'coordinates', commune: '86194', point: [0.34, 46.58] });
    expect(p.notes).toEqual([
      {
        column: 'lat',
        value: '0.34 ; 46.58',
        message: 'latitude et longitude inversées (lues ainsi, elles tombent hors de France ; inversées, dans le département 86)',
        action: 'lues inversées : latitude 46.58 ; longitude 0.34',
      },
    ]);
  });

  it('says the point came from the coordinates when the commune cannot be found', () => {
    const p = place({ commune: '99999', departement: '86', lat: '46.6', lon: '0.35' });
    expect(p).toMatchObject({ precision: 'coordinates', point: [0.35, 46.6], commune: '', departement: '86' });
    expect(p.notes).toEqual([
      { column: 'commune', value: '99999', message: 'code INSEE de commune inconnu', action: 'placé à ses coordonnées' },
    ]);
  });
});
