import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import type { TerritoryKind, TerritoryNames } from '../../state/use-territory-names';

/**
 * A département or a région as people know it, "94 – Val-de-Marne", "Île-de-France"; by its code
 * ("Département 94") only when the basemap does not know it.
 */
export function territoryText(kind: TerritoryKind, code: string, names: TerritoryNames, lang: Lang): string {
  return names.name(kind, code) ?? t(kind === 'region' ? 'list.place.region' : 'list.place.departement', lang, { code });
}
