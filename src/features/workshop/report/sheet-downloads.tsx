/**
 * « Télécharger la feuille corrigée »: each sheet as the workshop holds it, corrections made in, as
 * an XLSX workbook (text cells) and as a CSV French Excel opens as it is (`sheet-write.ts`).
 */
import { useState } from 'react';
import type { CsvTable } from '../../../core/csv';
import { localToday } from '../../../core/grammar/dates';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { downloadSheet } from '../sheet-download';
import { correctedFileName, sheetCells } from './corrected-download';

export interface DownloadableSheet {
  name: string;
  table: CsvTable;
  /** Whether the first row of the file names the columns. */
  header: boolean;
  /** The workbook's sheet read ('' for a CSV): the XLSX's sheet keeps its name. */
  sheet: string;
  edited: boolean;
}

export function SheetDownloads({ lang, sheets }: { lang: Lang; sheets: readonly DownloadableSheet[] }) {
  const [failure, setFailure] = useState<string | null>(null);
  if (sheets.length === 0) return null;

  const download = async (sheet: DownloadableSheet, format: 'xlsx' | 'csv') => {
    setFailure(null);
    try {
      const name = correctedFileName(sheet.name, localToday(), format);
      await downloadSheet(name, sheetCells(sheet.table, sheet.header), format, sheet.sheet || sheet.name.replace(/\.[^.]+$/, ''));
    } catch (error) {
      setFailure(t('report.download.failed', lang, { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="report-downloads" aria-labelledby="report-downloads-title">
      <h3 id="report-downloads-title">{t('report.download.title', lang)}</h3>
      <p className="workshop-muted">{t('report.download.hint', lang)}</p>
      <ul>
        {sheets.map((sheet) => (
          <li key={sheet.name}>
            <button type="button" className="button button-compact" onClick={() => void download(sheet, 'xlsx')}>
              {t('report.download.xlsx', lang, { sheet: sheet.name })}
            </button>{' '}
            <button type="button" className="button button-compact" onClick={() => void download(sheet, 'csv')}>
              {t('report.download.csv', lang, { sheet: sheet.name })}
            </button>
            {sheet.edited ? <span className="workshop-muted"> {t('report.download.edited', lang)}</span> : null}
          </li>
        ))}
      </ul>
      {failure ? (
        <p className="query-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
