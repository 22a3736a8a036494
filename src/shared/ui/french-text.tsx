/**
 * The data is written in French: wherever the interface is in English, what comes from the data is
 * marked `lang="fr"`, so that a screen reader reads it with a French voice and a translator leaves
 * it alone; a theme gets its English name where the vocabulary has one, else a discreet « (FR) ».
 */
import type { ReactNode } from 'react';
import { themeLabel, type Lang } from '../../core/vocabulary';

/** Data text (a name, a description, a note): `lang="fr"` when the page is not in French. */
export function FrenchText({ lang, children, className }: { lang: Lang; children: ReactNode; className?: string }) {
  return (
    <span lang={lang === 'fr' ? undefined : 'fr'} className={className}>
      {children}
    </span>
  );
}

/** One theme: its English name, or the French text marked « (FR) » in an English page. */
export function ThemeName({ lang, theme }: { lang: Lang; theme: string }) {
  const label = themeLabel(theme, lang);
  if (lang === 'fr') return <>{label.text}</>;
  if (!label.french) return <>{label.text}</>;
  return (
    <>
      <span lang="fr">{label.text}</span>{' '}
      <span className="fr-mark" title="In French">
        (FR)
      </span>
    </>
  );
}

/** A comma-separated list of themes. */
export function ThemeList({ lang, themes }: { lang: Lang; themes: readonly string[] }) {
  return (
    <>
      {themes.map((theme, i) => (
        <span key={theme}>
          {i > 0 ? ', ' : null}
          <ThemeName lang={lang} theme={theme} />
        </span>
      ))}
    </>
  );
}
