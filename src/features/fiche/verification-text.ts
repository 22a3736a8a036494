/**
 * When the fiche's facts were last checked, in words: « Informations vérifiées le 3 mars 2026 »,
 * « … en mars 2026 » when the sheet gives the month only, or that the date is unknown; and when
 * it last changed, « Mise à jour le … », when the sheet says.
 */
import { ISO_DAY_OR_MONTH } from '../../core/grammar/dates';
import type { Lang } from '../../core/vocabulary';
import { LOCALES } from '../../shared/i18n/formats';
import { t } from '../../shared/i18n/strings';

// In UTC: the date is a calendar day, not an instant; a local time zone must not move it.
const dayFormats: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { dateStyle: 'long', timeZone: 'UTC' }),
};
const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function verificationText(verifiedAt: string, lang: Lang): string {
  if (!ISO_DAY_OR_MONTH.test(verifiedAt)) return t('detail.verifiedUnknown', lang);
  if (verifiedAt.length === 7) return t('detail.verifiedIn', lang, { month: monthText(verifiedAt, lang) });
  return t('detail.verifiedOn', lang, { date: dayText(verifiedAt, lang) });
}

/** « Mise à jour le 6 décembre 2026 » (a proposal accepted in the workshop), or '' when the fiche has no update date. */
export function updateText(updatedAt: string | undefined, lang: Lang): string {
  if (!updatedAt || !ISO_DAY_OR_MONTH.test(updatedAt)) return '';
  if (updatedAt.length === 7) return t('detail.updatedIn', lang, { month: monthText(updatedAt, lang) });
  return t('detail.updatedOn', lang, { date: dayText(updatedAt, lang) });
}

function monthText(month: string, lang: Lang): string {
  return monthFormats[lang].format(new Date(`${month}-01T00:00:00Z`));
}

function dayText(day: string, lang: Lang): string {
  const parts = dayFormats[lang].formatToParts(new Date(`${day}T00:00:00Z`));
  // French writes the first of the month « 1er ».
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}
