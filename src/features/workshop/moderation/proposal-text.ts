/** A proposal's who and when, as the page shows them to the staff. */
import type { Lang } from '../../../core/vocabulary';
import { LOCALES } from '../../../shared/i18n/formats';
import { t } from '../workshop-i18n';
import type { Proposal } from '../../proposals/proposal-schema';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { dateStyle: 'long', timeStyle: 'short' }),
};

/** « Camille Martin (camille@…) », the email alone, or « anonyme ». */
export function proposerText(p: Proposal, lang: Lang): string {
  const name = p.from?.name?.trim() ?? '';
  const email = p.from?.email?.trim() ?? '';
  if (name && email) return `${name} (${email})`;
  return name || email || t('moderation.anonymous', lang);
}

/** The proposal's time in the reader's time zone. */
export function proposalDate(at: string, lang: Lang): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : formats[lang].format(date);
}
