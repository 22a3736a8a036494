/**
 * A community's name, from what characterises it: where its fiches are (the département when
 * half of them are in it, else the région when half are in it, else the most common région « et
 * au-delà »), what they are (the profile when half of them have it, else « profils mêlés ») and
 * how many: « Bretagne · associations — 412 fiches ».
 */
import type { CommunityTraits } from './community-graph';
import { PROFILES, type Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';

/** Share of a community a place or profile must hold to name it. */
export const NAMING_SHARE = 0.5;

export interface TraitNames {
  /** Codes behind the coded columns (the dataset table's `regionCodes`, `departementCodes`). */
  regionCodes: readonly string[];
  departementCodes: readonly string[];
  /** "Bretagne", "29 – Finistère"; the code itself when unknown. */
  label(kind: 'region' | 'departement', code: string): string;
}

export function communityPlace(traits: CommunityTraits, names: TraitNames, lang: Lang): string {
  const departement = names.departementCodes[traits.departement] ?? '';
  const region = names.regionCodes[traits.region] ?? '';
  if (departement && traits.departementShare >= NAMING_SHARE) return names.label('departement', departement);
  if (!region) return t('graph.community.noPlace', lang);
  const name = names.label('region', region);
  return traits.regionShare >= NAMING_SHARE ? name : t('graph.community.mixedPlaces', lang, { place: name });
}

export function communityProfile(traits: CommunityTraits, lang: Lang): string {
  if (traits.profileShare < NAMING_SHARE) return t('graph.community.mixedProfiles', lang);
  const code = PROFILES.codes[traits.profile];
  return t(code ? `graph.community.profile.${code}` : 'graph.community.profile.none', lang);
}

export function communityLabel(traits: CommunityTraits, size: number, unlinked: boolean, names: TraitNames, lang: Lang): string {
  const place = communityPlace(traits, names, lang);
  const sizeText = tn('graph.community.size', size, lang);
  if (unlinked) return t('graph.community.scattered', lang, { place, size: sizeText });
  return t('graph.community.label', lang, { place, profile: communityProfile(traits, lang), size: sizeText });
}
