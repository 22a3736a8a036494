/**
 * The workshop's last step: the preview of the atlas on the checked data, the publishable archive
 * with its guide on screen, and the continuous-integration files. Renders the last check it is
 * given; the archives are made when their button is pressed.
 */
import { useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import type { CheckResult } from '../pipeline-protocol';
import { t, tn } from '../workshop-i18n';
import { downloadBlob } from '../../list/download';
import { canKeepPreview, putPreview } from '../preview/put-preview';
import type { WorkshopSheet } from '../workshop-sheet';
import { useWorkshop } from '../workshop-store';
import { CI_ARCHIVE_NAME, ciArchive } from './ci-archive';
import { archiveName, publishArchive } from './publish-archive';
import { publishedInputs } from './published-inputs';
import './publish.css';

export interface PublishStepProps {
  lang: Lang;
  /** The last check's result. */
  result: CheckResult;
  /** The sheets that check ran on (`checkedSheets`). */
  sheets: readonly WorkshopSheet[];
}

type PreviewState = { status: 'idle' | 'writing' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

const ZIP_TYPE = 'application/zip';

export function PublishStep({ lang, result, sheets }: PublishStepProps) {
  const [preview, setPreview] = useState<PreviewState>({ status: 'idle' });
  const builtFiles = useWorkshop((s) => s.builtFiles);
  const errors = result.meta.problems.errors;

  const openPreview = async () => {
    setPreview({ status: 'writing' });
    try {
      const url = await putPreview(await builtFiles());
      setPreview({ status: 'ready', url });
      // Still within the click's activation: a blocked tab leaves the link below.
      window.open(url, '_blank');
    } catch (error) {
      setPreview({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const downloadArchive = async () => {
    const { sources, inputs } = publishedInputs(result, sheets);
    const zip = publishArchive({ files: await builtFiles(), meta: result.meta, sources, inputs });
    downloadBlob(archiveName(result.meta), new Blob([zip as Uint8Array<ArrayBuffer>], { type: ZIP_TYPE }));
  };
  const downloadCi = () => {
    const { sources } = publishedInputs(result, sheets);
    downloadBlob(CI_ARCHIVE_NAME, new Blob([ciArchive(sources, result.meta.builtAt) as Uint8Array<ArrayBuffer>], { type: ZIP_TYPE }));
  };

  return (
    // The step's title is the shell's (« 7. Aperçu et publication »).
    <div className="workshop-panel publish-step" data-testid="publish-step">
      {errors > 0 ? <p className="publish-warning">{tn('publish.errors', errors, lang)}</p> : null}

      <h3>{t('publish.preview.title', lang)}</h3>
      <p className="workshop-hint">{t('publish.preview.intro', lang)}</p>
      {canKeepPreview() ? (
        <p>
          <button type="button" className="button" onClick={() => void openPreview()} disabled={preview.status === 'writing'}>
            {t('publish.preview.open', lang)}
          </button>
        </p>
      ) : (
        <p className="publish-warning">{t('publish.preview.unavailable', lang)}</p>
      )}
      <p role="status" className="publish-status" data-testid="publish-preview-status">
        {preview.status === 'writing' ? t('publish.preview.writing', lang) : null}
        {preview.status === 'failed' ? t('publish.preview.failed', lang, { message: preview.message }) : null}
        {preview.status === 'ready' ? (
          <>
            {t('publish.preview.ready', lang)}{' '}
            <a href={preview.url} target="_blank" rel="noopener">
              {t('publish.preview.link', lang)}
            </a>
          </>
        ) : null}
      </p>

      <h3>{t('publish.archive.title', lang)}</h3>
      <p className="workshop-hint">{t('publish.archive.intro', lang)}</p>
      <p>
        <button type="button" className="button" onClick={() => void downloadArchive()}>
          {t('publish.archive.download', lang)}
        </button>
      </p>
      <h4>{t('publish.guide.title', lang)}</h4>
      <div className="publish-guide">
        <div>
          <h5>{t('publish.guide.static', lang)}</h5>
          <ol>
            <li>{t('publish.guide.static.1', lang)}</li>
            <li>{t('publish.guide.static.2', lang)}</li>
            <li>{t('publish.guide.static.3', lang)}</li>
          </ol>
        </div>
        <div>
          <h5>{t('publish.guide.ci', lang)}</h5>
          <ol>
            <li>{t('publish.guide.ci.1', lang)}</li>
            <li>{t('publish.guide.ci.2', lang)}</li>
          </ol>
        </div>
      </div>

      <h3>{t('publish.ci.title', lang)}</h3>
      <p className="workshop-hint">{t('publish.ci.intro', lang)}</p>
      <p>
        <button type="button" className="button" onClick={downloadCi}>
          {t('publish.ci.download', lang)}
        </button>
      </p>
    </div>
  );
}
