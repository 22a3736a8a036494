/**
 * The `Intl` formatters of each language, made once: building one costs far more than using it,
 * and a filter change formats hundreds of counts (facets, markers, list).
 */
import type { Lang } from '../../core/vocabulary';

export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The language's number formatter with these options. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

function perLang<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made = new Map<Lang, F>();
  return (lang) => {
    let formatter = made.get(lang);
    if (!formatter) {
      formatter = make(LOCALES[lang]);
      made.set(lang, formatter);
    }
    return formatter;
  };
}

export const pluralRules = perLang((locale) => new Intl.PluralRules(locale));
export const longDateFormat = perLang((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }));
