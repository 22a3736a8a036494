/**
 * The body of the "Intégrer cette carte" dialog, loaded when the dialog first opens: it builds the
 * code of an embed of the current view, with a size, the controls to show, an optional host
 * origin, a live preview and copy buttons.
 */
import { useId, useState } from 'react';
import { DEFAULT_CONTROLS, EMBED_CONTROLS, normalizeOrigin, type EmbedControl, type EmbedOptions } from '../embed-page/embed-params';
import {
  embedQuery,
  embedUrl,
  fitOfFilters,
  FRAME_SIZE_IDS,
  FRAME_SIZES,
  iframeSnippet,
  loaderSnippet,
  loaderUrl,
  type FrameSizeId,
} from './embed-snippet';
import { serializeParams } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { urlStateOf, useAtlas } from '../../state/store';
import { CopyField } from './copy-field';
import './embed-dialog.css';

export default function EmbedDialogBody({ lang, titleId, onClose }: { lang: Lang; titleId: string; onClose: () => void }) {
  // Partners embed the published data, never this browser's workshop preview.
  const viewQuery = useAtlas((s) => serializeParams({ ...urlStateOf(s), preview: false }));
  const [size, setSize] = useState<FrameSizeId>('responsive');
  const [controls, setControls] = useState<EmbedControl[]>([...DEFAULT_CONTROLS]);
  const [originText, setOriginText] = useState('');
  const [propose, setPropose] = useState(false);
  // The current territory filter frames the embed, as it frames the map here.
  const fit = useAtlas((s) => fitOfFilters(s.filters));
  const [titleText, setTitleText] = useState(() => t('embedDialog.frameTitle', lang));
  const ids = { origin: useId(), originHint: useId(), title: useId(), titleHint: useId() };

  const origin = originText.trim() === '' ? null : normalizeOrigin(originText.trim());
  const originInvalid = originText.trim() !== '' && origin === null;
  const options: EmbedOptions = { controls, fit, origins: origin ? [origin] : [], ...(propose ? { propose } : {}) };
  const page = window.location.href;
  // A frame needs a title that names it for screen readers: an emptied field falls back to ours.
  const title = titleText.trim() === '' ? t('embedDialog.frameTitle', lang) : titleText.trim();
  const frameSize = FRAME_SIZES[size];
  const src = embedUrl(page, viewQuery, options);
  // The origin does not change what the map looks like: the preview does not reload for it.
  const previewSrc = embedUrl(page, viewQuery, { ...options, origins: [] });

  const toggleControl = (control: EmbedControl) =>
    setControls((current) => (current.includes(control) ? current.filter((c) => c !== control) : [...current, control]));

  return (
    <div className="embed-dialog-body">
      <div className="embed-dialog-head">
        <h2 id={titleId}>{t('embedDialog.title', lang)}</h2>
        <button type="button" className="detail-close" onClick={onClose}>
          {t('embedDialog.close', lang)}
        </button>
      </div>
      <p className="embed-dialog-intro">{t('embedDialog.intro', lang)}</p>
      <div className="embed-dialog-columns">
        <div className="embed-dialog-settings">
          <fieldset className="embed-dialog-fieldset">
            <legend>{t('embedDialog.size', lang)}</legend>
            {FRAME_SIZE_IDS.map((id) => (
              <label key={id}>
                <input type="radio" name="embed-size" value={id} checked={size === id} onChange={() => setSize(id)} />
                {t(`embedDialog.size.${id}`, lang)}
              </label>
            ))}
          </fieldset>
          <fieldset className="embed-dialog-fieldset">
            <legend>{t('embedDialog.controls', lang)}</legend>
            {EMBED_CONTROLS.map((control) => (
              <label key={control}>
                <input type="checkbox" checked={controls.includes(control)} onChange={() => toggleControl(control)} />
                {t(`embedDialog.control.${control}`, lang)}
              </label>
            ))}
            <label>
              <input type="checkbox" checked={propose} onChange={(e) => setPropose(e.target.checked)} />
              {t('embedDialog.propose', lang)}
            </label>
          </fieldset>
          <div className="embed-dialog-origin">
            <label htmlFor={ids.title}>{t('embedDialog.titleField', lang)}</label>
            <input
              id={ids.title}
              type="text"
              maxLength={120}
              value={titleText}
              aria-describedby={ids.titleHint}
              onChange={(e) => setTitleText(e.target.value)}
            />
            <p id={ids.titleHint} className="embed-dialog-hint">
              {fit ? t('embedDialog.fitHint', lang, { fit }) : t('embedDialog.titleHint', lang)}
            </p>
          </div>
          <div className="embed-dialog-origin">
            <label htmlFor={ids.origin}>{t('embedDialog.origin', lang)}</label>
            <input
              id={ids.origin}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              value={originText}
              aria-describedby={ids.originHint}
              aria-invalid={originInvalid || undefined}
              onChange={(e) => setOriginText(e.target.value)}
            />
            <p id={ids.originHint} className={originInvalid ? 'embed-dialog-error' : 'embed-dialog-hint'}>
              {originInvalid ? t('embedDialog.originInvalid', lang) : t('embedDialog.originHint', lang)}
            </p>
          </div>
          <CopyField
            lang={lang}
            label={t('embedDialog.iframe', lang)}
            button={t('embedDialog.copy', lang)}
            value={iframeSnippet(src, frameSize, title)}
            testId="embed-snippet"
          />
          <CopyField
            lang={lang}
            label={t('embedDialog.loader', lang)}
            button={t('embedDialog.copyLoader', lang)}
            value={loaderSnippet(loaderUrl(page), embedQuery(viewQuery, options), frameSize.height, title)}
            testId="embed-loader-snippet"
          />
          <p className="embed-dialog-hint">{t('embedDialog.help', lang, { origin: new URL(page).origin })}</p>
        </div>
        <section className="embed-dialog-preview" aria-labelledby={`${titleId}-apercu`}>
          <h3 id={`${titleId}-apercu`}>{t('embedDialog.preview', lang)}</h3>
          {/* Focusable, so that a preview larger than the dialog can be scrolled from the keyboard. */}
          <div className="embed-dialog-frame" tabIndex={0} role="group" aria-labelledby={`${titleId}-apercu`}>
            <iframe
              src={previewSrc}
              title={t('embedDialog.previewTitle', lang)}
              data-testid="embed-preview"
              style={{ width: frameSize.width === '100%' ? '100%' : `${frameSize.width}px`, height: `${frameSize.height}px` }}
            />
          </div>
        </section>
      </div>
    </div>
  );
}
