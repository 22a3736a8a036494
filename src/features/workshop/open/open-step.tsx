/** Step « Feuilles »: drop or pick files, or give an address; then each sheet, how it is read. */
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { useWorkshop, useWorkshopShallow } from '../workshop-store';
import { AddressForm } from './address-form';
import { ConfigurationForm } from './configuration-form';
import { DropZone } from './drop-zone';
import { SheetCard } from './sheet-card';

export function OpenStep({ lang }: { lang: Lang }) {
  const list = useWorkshopShallow((s) => s.sheets.map((sheet) => sheet.name));
  const setStep = useWorkshop((s) => s.setStep);
  return (
    <div className="workshop-open">
      <p className="workshop-intro">{t('workshop.open.intro', lang)}</p>
      <DropZone lang={lang} />
      <AddressForm lang={lang} />
      <ConfigurationForm lang={lang} />
      {list.length === 0 ? (
        <p className="workshop-muted">{t('workshop.open.none', lang)}</p>
      ) : (
        <>
          <ul className="workshop-sheets" aria-label={t('workshop.open.listLabel', lang)}>
            {list.map((name) => (
              <SheetCard key={name} lang={lang} name={name} />
            ))}
          </ul>
          <p>
            <button type="button" className="button" onClick={() => setStep('columns')}>
              {t('workshop.next', lang, { step: t('workshop.step.columns', lang) })}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
