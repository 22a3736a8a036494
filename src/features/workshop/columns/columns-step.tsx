/** Step « Colonnes »: for each sheet, what its columns hold, its fixed values and its `sources.json` entry; then « Vérifier ». */
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { CheckBar } from '../check-bar';
import { useWorkshop, useWorkshopShallow } from '../workshop-store';
import { isTableRole } from '../workshop-sheet';
import { ColumnTable } from './column-table';
import { FixedValues } from './fixed-values';
import { SourcesEntryBox } from './sources-entry-box';

export function ColumnsStep({ lang }: { lang: Lang }) {
  const names = useWorkshopShallow((s) => s.sheets.filter((sheet) => sheet.status === 'ready').map((sheet) => sheet.name));
  return (
    <div className="workshop-columns">
      <p className="workshop-intro">{t('workshop.columns.intro', lang)}</p>
      {names.length === 0 ? <p className="workshop-muted">{t('workshop.columns.none', lang)}</p> : null}
      {names.map((name) => (
        <SheetColumns key={name} lang={lang} name={name} />
      ))}
      <CheckBar lang={lang} />
    </div>
  );
}

function SheetColumns({ lang, name }: { lang: Lang; name: string }) {
  const view = useWorkshop((s) => s.columnViews[name]);
  const role = useWorkshop((s) => s.sheets.find((sheet) => sheet.name === name)?.role ?? 'actors');
  const remembered = useWorkshop((s) => s.sheets.find((sheet) => sheet.name === name)?.remembered ?? false);
  if (isTableRole(role)) {
    return (
      <section className="workshop-sheet-columns" aria-label={name}>
        <h3 className="workshop-sheet-name">{name}</h3>
        <p>{t(`workshop.columns.ownHeaders.${role}`, lang)}</p>
      </section>
    );
  }
  if (!view) return null;
  return (
    <section className="workshop-sheet-columns" aria-label={name}>
      <h3 className="workshop-sheet-name">{name}</h3>
      {remembered ? <p className="workshop-muted">{t('workshop.columns.remembered', lang)}</p> : null}
      {view.unknown.length > 0 ? (
        <ColumnTable
          lang={lang}
          name={name}
          role={role}
          rows={view.unknown}
          caption={t('workshop.columns.unknownCaption', lang, { name })}
        />
      ) : (
        <p>{t('workshop.columns.allKnown', lang)}</p>
      )}
      {view.known.length > 0 ? (
        <details className="workshop-known">
          <summary>{tn('workshop.columns.knownSummary', view.known.length, lang)}</summary>
          <ColumnTable lang={lang} name={name} role={role} rows={view.known} caption={t('workshop.columns.knownCaption', lang, { name })} />
        </details>
      ) : null}
      <FixedValues lang={lang} name={name} role={role} />
      <SourcesEntryBox lang={lang} name={name} />
    </section>
  );
}
