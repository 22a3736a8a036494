/** How the freshness panel writes a verification date: « 3 mars 2026 », « mars 2026 » for a month alone. */
import type { Lang } from '../../../core/vocabulary';
import { LOCALES } from '../../../shared/i18n/formats';

// In UTC: the date is a calendar day, not an instant; a local time zone must not move it.
const days: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { dateStyle: 'medium', timeZone: 'UTC' }),
};
const monthsOnly: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** `yyyy-mm-dd` or `yyyy-mm` in words; '' for ''. */
export function formatVerificationDate(iso: string, lang: Lang): string {
  if (iso === '') return '';
  if (iso.length === 7) return monthsOnly[lang].format(new Date(`${iso}-01T00:00:00Z`));
  return days[lang].format(new Date(`${iso}T00:00:00Z`));
}
