/**
 * Places the pipeline must not accept without a word (tests/fixtures/hostile/places-territory.csv):
 * coordinates abroad or at sea, coordinates that contradict the commune, a postcode alone that
 * several communes share.
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, useHostileBuilds } from '../../tests/helpers/hostile-build';

useHostileBuilds();

const OUTSIDE = 'coordonnées hors du territoire français de la carte (en mer, à l’étranger ou dans une collectivité d’outre-mer)';
const SPECIFY = 'précisez la commune (nom ou code INSEE)';

describe('places: territory, commune and postcode', () => {
  it('refuses points outside every département, contradicting the commune, and names the communes of a shared postcode', async () => {
    const b = await buildHostile(['places-territory.csv']);
    expect(b.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message, p.action])).toEqual([
      ['warning', 2, 'lat', '50.8467 ; 4.3525', OUTSIDE, 'ignorées ; non placé (ni commune, ni département, ni région)'],
      ['warning', 3, 'lat', '46.2044 ; 6.1432', OUTSIDE, 'ignorées ; placé au point de la commune'],
      ['warning', 4, 'lat', '49.2144 ; -2.1313', OUTSIDE, 'ignorées ; non placé (ni commune, ni département, ni région)'],
      ['warning', 5, 'lat', '42.5063 ; 1.5218', OUTSIDE, 'ignorées ; placé au chef-lieu du département'],
      ['warning', 6, 'lat', '45.5 ; -3.0', OUTSIDE, 'ignorées ; non placé (ni commune, ni département, ni région)'],
      [
        'warning',
        8,
        'lat',
        '43.7034 ; 7.2663',
        'coordonnées à 1046 km de la commune Brest (29019), dans le département 06 (écart admis : 25 km autour du point de la commune)',
        'ignorées ; placé au point de la commune',
      ],
      [
        'warning',
        9,
        'postcode',
        '86300',
        'code postal partagé par 9 communes : Chauvigny (86070), Valdivienne (86233), Bonnes (86031), Leignes-sur-Fontaine (86126) … et 5 autres',
        `placé au chef-lieu du département 86, celui de ces communes ; ${SPECIFY}`,
      ],
      [
        'warning',
        10,
        'postcode',
        '01590',
        'code postal partagé par 3 communes : Dortan (01148), Lavancia-Epercy (39283), Chancia (39102)',
        `sans commune ni département (ces communes sont dans plusieurs départements) ; ${SPECIFY}`,
      ],
    ]);

    const place = (name: string) => {
      const a = b.actors.find((f) => f.properties.name === name)?.properties;
      const point = b.actors.find((f) => f.properties.name === name)?.geometry?.coordinates ?? null;
      return [a?.precision, a?.commune, a?.departement, a?.region, a?.locationBasis, point];
    };
    // Refused coordinates: placed by the commune or the département, as without coordinates.
    expect(place('Bruxelles')).toEqual(['none', '', '', '', '', null]);
    expect(place('Genève (commune d’Annemasse)')).toEqual(['commune', '74012', '74', '84', '', [6.24348, 46.19104]]);
    expect(place('Jersey')).toEqual(['none', '', '', '', '', null]);
    expect(place('Andorre (département de l’Ariège)')).toEqual(['departement', '', '09', '76', '', [1.61025, 42.96546]]);
    expect(place('En mer (golfe de Gascogne)')).toEqual(['none', '', '', '', '', null]);
    // A point in an overseas département gives its département and région.
    expect(place('Saint-Denis (La Réunion)')).toEqual(['coordinates', '', '974', '04', 'coordinates', [55.4504, -20.8821]]);
    // Coordinates a thousand km from the commune: the commune's point.
    expect(place('Brest placé à Nice')).toEqual(['commune', '29019', '29', '53', '', [-4.50259, 48.40031]]);
    // A shared postcode: its communes' one département, at its chef-lieu; none when they span two.
    expect(place('Code postal partagé seul')).toEqual(['departement', '', '86', '75', '', [0.35969, 46.58356]]);
    expect(place('Code postal partagé sur deux départements')).toEqual(['none', '', '', '', '', null]);
    // A quay 40 m beyond the simplified coast, a town 69 km from its Guyane commune's point: accepted as they are.
    expect(place('Port d’Audierne (sur le quai)')).toEqual(['coordinates', '29003', '29', '53', 'coordinates', [-4.5363, 48.0262]]);
    expect(place('Mana (Guyane)')).toEqual(['coordinates', '97306', '973', '03', 'coordinates', [-53.777, 5.6616]]);
    expect(b.actors).toHaveLength(11);
  });
});
