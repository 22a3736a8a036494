import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regions from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { DEPARTEMENT_CODES, isAreaCode, isDepartementCode, isRegionCode, REGION_CODES } from './insee';

/** The Code officiel géographique as the geo build reads it: régions and départements, overseas collectivities left out. */
const cogCodes = (territories: readonly { code: string; zone: string }[]) =>
  territories.filter((t) => t.zone === 'metro' || t.zone === 'drom').map((t) => t.code);

describe('the official lists of codes', () => {
  it('are those of the Code officiel géographique: 18 régions, 101 départements', () => {
    expect([...REGION_CODES].sort()).toEqual(cogCodes(regions).sort());
    expect([...DEPARTEMENT_CODES].sort()).toEqual(cogCodes(departements).sort());
    expect(REGION_CODES).toHaveLength(18);
    expect(DEPARTEMENT_CODES).toHaveLength(101);
  });

  it('tell a known code from a well-formed one that names nothing', () => {
    expect(['84', '01', '94'].map(isRegionCode)).toEqual([true, true, true]);
    expect(['99', '05', '975', 'r84', ''].map(isRegionCode)).toEqual([false, false, false, false, false]);
    expect(['33', '2A', '2b', '974', '976'].map(isDepartementCode)).toEqual([true, true, true, true, true]);
    expect(['20', '96', '975', '977', '00', '2C', ''].map(isDepartementCode)).toEqual([false, false, false, false, false, false, false]);
    expect(['r84', 'R11', 'd2a', 'D971', 'd01'].map(isAreaCode)).toEqual([true, true, true, true, true]);
    expect(['r99', 'd977', 'd20', 'x84', 'r', '84', 'r084'].map(isAreaCode)).toEqual([false, false, false, false, false, false, false]);
  });
});
