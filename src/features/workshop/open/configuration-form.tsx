import { useId, useRef } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { useWorkshop, useWorkshopShallow } from '../workshop-store';
import { missingFiles } from './configuration';

/** « Ouvrir une configuration »: a `sources.json` applied to the sheets of the names it gives; what became of it. */
export function ConfigurationForm({ lang }: { lang: Lang }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const addConfiguration = useWorkshop((s) => s.addConfiguration);
  const configuration = useWorkshop((s) => s.configuration);
  const missing = useWorkshopShallow((s) =>
    s.configuration?.sources
      ? missingFiles(
          s.configuration.sources,
          s.sheets.map((sheet) => sheet.name),
        )
      : [],
  );
  return (
    <div className="workshop-configuration">
      <p id={`${id}-hint`} className="workshop-muted">
        {t('workshop.config.hint', lang)}
      </p>
      <button type="button" className="button" aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
        {t('workshop.config.open', lang)}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-label={t('workshop.config.open', lang)}
        data-testid="workshop-configuration"
        onChange={(event) => {
          const target = event.currentTarget;
          const file = target.files?.[0];
          if (!file) return;
          void file.arrayBuffer().then((buffer) => {
            target.value = '';
            return addConfiguration(file.name, new Uint8Array(buffer));
          });
        }}
      />
      <div role="status" data-testid="workshop-configuration-status">
        {configuration?.sources ? <p>{t('workshop.config.applied', lang, { name: configuration.name })}</p> : null}
        {missing.length > 0 ? <p>{t('workshop.config.missing', lang, { names: missing.join(', ') })}</p> : null}
      </div>
      {configuration?.error ? (
        <p className="query-error" role="alert">
          {t('workshop.config.failed', lang, { name: configuration.name, error: configuration.error })}
        </p>
      ) : null}
    </div>
  );
}
