import { describe, expect, it } from 'vitest';
import type { CommunityTraits } from './community-graph';
import { communityLabel, type TraitNames } from './community-label';

const names: TraitNames = {
  regionCodes: ['', '53', '84'],
  departementCodes: ['', '29', '35'],
  label: (_kind, code) => ({ '53': 'Bretagne', '84': 'Auvergne-Rhône-Alpes', '29': '29 – Finistère' })[code] ?? code,
};
const traits = (extra: Partial<CommunityTraits>): CommunityTraits => ({
  region: 1,
  regionShare: 0.9,
  departement: 1,
  departementShare: 0.3,
  profile: 1,
  profileShare: 0.6,
  ...extra,
});

describe('communityLabel', () => {
  it('names the région and the profile when each holds half the community', () => {
    expect(communityLabel(traits({}), 412, false, names, 'fr')).toBe('Bretagne · associations — 412 fiches');
    expect(communityLabel(traits({}), 412, false, names, 'en')).toBe('Bretagne · associations — 412 records');
  });

  it('names the département when half the community is in it', () => {
    expect(communityLabel(traits({ departementShare: 0.5 }), 1, false, names, 'fr')).toBe('29 – Finistère · associations — 1 fiche');
  });

  it('says when places or profiles are mixed', () => {
    expect(communityLabel(traits({ regionShare: 0.4, profileShare: 0.35 }), 2500, false, names, 'fr')).toBe(
      'Bretagne et au-delà · profils mêlés — 2\u202f500 fiches',
    );
  });

  it('names the groups of scattered fiches, and a place the data does not give', () => {
    expect(communityLabel(traits({}), 30, true, names, 'fr')).toBe('Bretagne · fiches isolées ou en petits groupes — 30 fiches');
    expect(communityLabel(traits({ region: 0, departement: 0, profile: 255 }), 3, false, names, 'fr')).toBe(
      'sans territoire · profil non renseigné — 3 fiches',
    );
  });
});
