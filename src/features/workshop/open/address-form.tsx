import { useId, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { useWorkshop, workshopStore } from '../workshop-store';
import type { AddressFailure } from './fetch-sheet';

/** « Adresse d’une feuille publiée »: fetched by the browser, or the download route when it may not be. */
export function AddressForm({ lang }: { lang: Lang }) {
  const id = useId();
  const address = useWorkshop((s) => s.address);
  const addAddress = useWorkshop((s) => s.addAddress);
  const [text, setText] = useState('');
  const loading = address.status === 'loading';
  return (
    <form
      className="workshop-address"
      onSubmit={(event) => {
        event.preventDefault();
        void addAddress(text).then(() => {
          // Read: the field is free for the next address; refused: it keeps the address to correct.
          if (workshopStore().getState().address.status !== 'failed') setText('');
        });
      }}
    >
      <label htmlFor={`${id}-url`}>{t('workshop.open.address', lang)}</label>
      <p id={`${id}-hint`} className="workshop-muted">
        {t('workshop.open.addressHint', lang)}
      </p>
      <div className="workshop-address-row">
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" disabled={loading || text.trim() === ''}>
          {loading ? t('workshop.open.reading', lang) : t('workshop.open.addressLoad', lang)}
        </button>
      </div>
      {address.status === 'failed' && address.failure ? <AddressProblem lang={lang} failure={address.failure} /> : null}
    </form>
  );
}

function AddressProblem({ lang, failure }: { lang: Lang; failure: AddressFailure }) {
  if (failure.kind === 'invalid') {
    return (
      <p className="workshop-problem" role="alert">
        {t('workshop.open.addressInvalid', lang)}
      </p>
    );
  }
  return (
    <div className="workshop-problem" role="alert">
      <p>
        {failure.kind === 'blocked'
          ? t('workshop.open.addressCors', lang)
          : t('workshop.open.addressHttp', lang, { status: String(failure.status) })}
      </p>
      {failure.kind === 'blocked' ? (
        <p>
          <a href={failure.url} target="_blank" rel="noopener noreferrer" download>
            {t('workshop.open.addressDownload', lang, { url: failure.url })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
