import { PRACTICES, type Lang, type Practice } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import { PRACTICE_COLORS } from '../palette';
import './ui.css';

/** The practices as coloured dots with their labels: the colour is never the only clue. */
export function PracticeList({ practices, lang }: { practices: readonly Practice[]; lang: Lang }) {
  if (practices.length === 0) return <NotSpecified lang={lang} />;
  return (
    <ul className="practice-list">
      {practices.map((p) => (
        <li key={p}>
          <span className="practice-dot" style={{ backgroundColor: PRACTICE_COLORS[p] }} aria-hidden="true" />
          {PRACTICES.label(p, lang)}
        </li>
      ))}
    </ul>
  );
}

/** A dash for the eye, "non renseigné" for screen readers. */
export function NotSpecified({ lang }: { lang: Lang }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('list.notSpecified', lang)}</span>
    </>
  );
}
