import { useId } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { firstRowText, useWorkshop } from '../workshop-store';
import { isTableRole, tableReadInstead, type WorkshopRole } from '../workshop-sheet';

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'Excel (XLSX)', xls: 'Excel 97-2003 (XLS)', ods: 'OpenDocument (ODS)' } as const;

/** One open sheet: what it is, how it is read (role, workbook sheet, header row, sample), and « Retirer ». */
export function SheetCard({ lang, name }: { lang: Lang; name: string }) {
  const id = useId();
  const sheet = useWorkshop((s) => s.sheets.find((candidate) => candidate.name === name));
  const setRole = useWorkshop((s) => s.setRole);
  const setSheet = useWorkshop((s) => s.setSheet);
  const setSample = useWorkshop((s) => s.setSample);
  const removeSheet = useWorkshop((s) => s.removeSheet);
  const readInstead = useWorkshop((s) => tableReadInstead(s.sheets, name));
  if (!sheet) return null;
  const table = isTableRole(sheet.role);
  const rows = sheet.table?.rows.length;
  return (
    <li className="workshop-sheet" data-status={sheet.status} aria-labelledby={`${id}-name`}>
      <div className="workshop-sheet-head">
        <h3 id={`${id}-name`} className="workshop-sheet-name">
          {sheet.name}
        </h3>
        <p className="workshop-muted">
          {sheet.status === 'reading' ? (
            <span role="status">{t('workshop.open.reading', lang)}</span>
          ) : (
            [
              sheet.format ? t('workshop.open.format', lang, { format: FORMAT_NAMES[sheet.format] }) : '',
              rows !== undefined ? tn('workshop.open.rows', rows, lang) : '',
            ]
              .filter(Boolean)
              .join(' · ')
          )}
        </p>
        <button
          type="button"
          className="button button-compact workshop-quiet"
          aria-label={t('workshop.open.removeLabel', lang, { name: sheet.name })}
          onClick={() => removeSheet(sheet.name)}
        >
          {t('workshop.open.remove', lang)}
        </button>
      </div>
      {sheet.status === 'failed' ? (
        <div className="query-error" role="alert">
          <p className="query-error-title">{t('workshop.open.failed', lang)}</p>
          <p className="query-error-detail">{sheet.error}</p>
        </div>
      ) : null}
      {readInstead !== undefined ? (
        <p className="query-error" role="alert">
          {t('workshop.open.tableOnce', lang, { name: readInstead })}
        </p>
      ) : null}
      {sheet.headerAsked ? <HeaderQuestion lang={lang} name={sheet.name} cells={firstRowText(sheet)} /> : null}
      {!sheet.header && !sheet.headerAsked ? <p className="workshop-muted">{t('workshop.open.headerNo', lang)}</p> : null}
      <div className="workshop-sheet-fields">
        <label>
          <span>{t('workshop.open.role', lang)}</span>
          <select value={sheet.role} onChange={(event) => setRole(sheet.name, event.target.value as WorkshopRole)}>
            <option value="actors">{t('workshop.open.role.actors', lang)}</option>
            <option value="links">{t('workshop.open.role.links', lang)}</option>
            <option value="documents">{t('workshop.open.role.documents', lang)}</option>
            <option value="fragility">{t('workshop.open.role.fragility', lang)}</option>
          </select>
        </label>
        {sheet.sheets.length > 1 ? (
          <label>
            <span>{t('workshop.open.sheet', lang)}</span>
            <select
              value={sheet.sheet}
              disabled={sheet.status === 'reading'}
              onChange={(event) => void setSheet(sheet.name, event.target.value)}
            >
              {sheet.sheets.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {table ? null : (
          <label className="workshop-check-label">
            <input type="checkbox" checked={sheet.sample} onChange={(event) => setSample(sheet.name, event.target.checked)} />
            <span>{t('workshop.open.sample', lang)}</span>
          </label>
        )}
      </div>
    </li>
  );
}

/** « La première ligne est-elle une ligne d’en-têtes ? » Oui / Non. */
function HeaderQuestion({ lang, name, cells }: { lang: Lang; name: string; cells: string }) {
  const id = useId();
  const setHeader = useWorkshop((s) => s.setHeader);
  return (
    <div className="workshop-question" role="group" aria-labelledby={`${id}-q`} aria-describedby={`${id}-hint`}>
      <p id={`${id}-q`} className="workshop-question-text">
        {t('workshop.open.headerQuestion', lang)}
      </p>
      <p id={`${id}-hint`} className="workshop-muted">
        {t('workshop.open.headerHint', lang, { cells })}
      </p>
      <div className="workshop-question-answers">
        <button type="button" className="button button-compact" onClick={() => void setHeader(name, true)}>
          {t('workshop.open.yes', lang)}
        </button>
        <button type="button" className="button button-compact" onClick={() => void setHeader(name, false)}>
          {t('workshop.open.no', lang)}
        </button>
      </div>
    </div>
  );
}
