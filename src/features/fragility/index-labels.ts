/**
 * The indices' names as the région profile shows them: a short name for the radar's axes (the full
 * name is in the axis's tooltip and in the table), and a full name that says what the index
 * measures where the source's own label does not (the median income index is a growth, not an
 * amount).
 */
import type { FragilityIndex } from '../../core/fragility-data';
import type { Lang } from '../../core/vocabulary';

const SHORT: Readonly<Record<string, { fr: string; en: string }>> = {
  chomage: { fr: 'Chômage', en: 'Unemployment' },
  entreprises: { fr: 'Entreprises', en: 'Businesses' },
  revenu_median: { fr: 'Revenu médian', en: 'Median income' },
  pauvrete: { fr: 'Pauvreté', en: 'Poverty' },
  logements: { fr: 'Logements', en: 'Dwellings' },
  immigration: { fr: 'Immigration', en: 'Immigration' },
  aah: { fr: 'AAH', en: 'AAH' },
  actifs_retraites: { fr: 'Actifs / retraités', en: 'Workers / retirees' },
  monoparentales: { fr: 'Monoparentalité', en: 'Single parents' },
  neet: { fr: 'NEET', en: 'NEET' },
  sante: { fr: 'Santé', en: 'Health' },
  couverture_4g: { fr: '4G', en: '4G' },
  violences: { fr: 'Violences', en: 'Assaults' },
  transports_communs: { fr: 'Transports', en: 'Transport' },
  culture: { fr: 'Culture', en: 'Culture' },
  co2: { fr: 'CO2', en: 'CO2' },
  dechets: { fr: 'Déchets', en: 'Waste' },
};

/** The full name, for the indices whose source label says neither what is scored nor in what unit. */
const FULL: Readonly<Record<string, { fr: string; en: string }>> = {
  revenu_median: {
    fr: 'Croissance du revenu médian 2012–2016 (médiane 2016 / médiane 2012, un rapport sans unité ; médianes en €)',
    en: 'Growth of the median income 2012–2016 (2016 median / 2012 median, a ratio without unit; medians in €)',
  },
};

export function indexLabel(index: FragilityIndex, lang: Lang): string {
  const full = FULL[index.id];
  if (full) return full[lang];
  return lang === 'fr' ? index.labelFr : index.labelEn;
}

/** A name short enough for a radar axis; the full name for an index this table does not know. */
export function indexShortLabel(index: FragilityIndex, lang: Lang): string {
  return SHORT[index.id]?.[lang] ?? indexLabel(index, lang);
}
