import { useId } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import type { ExportFormat } from './export-protocol';

interface ListToolbarProps {
  lang: Lang;
  /** False when the map gives no visible area (not shown, not ready, or unsupported). */
  boundsAvailable: boolean;
  exportDisabled: boolean;
  /** The export being prepared (its button says « préparation… »), or null. */
  preparing?: ExportFormat | null;
  onExport: (format: ExportFormat) => void;
}

/** "Limit to the visible map area" and the exports: CSV for French spreadsheets, CSV with commas, GeoJSON. */
export function ListToolbar({ lang, boundsAvailable, exportDisabled, preparing = null, onExport }: ListToolbarProps) {
  const inView = useAtlas((s) => s.inView);
  const setInView = useAtlas((s) => s.setInView);
  const hintId = useId();
  const exportLabelId = useId();

  return (
    <div className="list-toolbar">
      <div className="list-inview">
        <label className="list-checkbox">
          <input
            type="checkbox"
            checked={inView && boundsAvailable}
            disabled={!boundsAvailable}
            aria-describedby={boundsAvailable ? undefined : hintId}
            onChange={(event) => setInView(event.target.checked)}
          />
          {t('list.inView', lang)}
        </label>
        {boundsAvailable ? null : (
          <p id={hintId} className="list-hint">
            {t('list.inViewUnavailable', lang)}
          </p>
        )}
      </div>
      <div className="list-export" role="group" aria-labelledby={exportLabelId}>
        <span id={exportLabelId} className="visually-hidden">
          {t('export.group', lang)}
        </span>
        <button
          type="button"
          className="list-button"
          title={t('export.csvHint', lang)}
          disabled={exportDisabled}
          aria-disabled={preparing !== null || undefined}
          onClick={() => onExport('csv')}
        >
          {t(preparing === 'csv' ? 'export.preparing' : 'export.csv', lang)}
        </button>
        <button
          type="button"
          className="list-button"
          title={t('export.csvCommaHint', lang)}
          disabled={exportDisabled}
          aria-disabled={preparing !== null || undefined}
          onClick={() => onExport('csv-comma')}
        >
          {t(preparing === 'csv-comma' ? 'export.preparing' : 'export.csvComma', lang)}
        </button>
        <button
          type="button"
          className="list-button"
          disabled={exportDisabled}
          aria-disabled={preparing !== null || undefined}
          onClick={() => onExport('geojson')}
        >
          {t(preparing === 'geojson' ? 'export.preparing' : 'export.geojson', lang)}
        </button>
      </div>
    </div>
  );
}
