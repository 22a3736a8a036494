import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { useWorkshop } from '../workshop-store';

/** Sheets, and the `sources.json` that says how to read them. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.ods,.json';

async function filesOf(list: FileList | null): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Files dropped on the zone or picked with the button, several at once. */
export function DropZone({ lang }: { lang: Lang }) {
  const addFiles = useWorkshop((s) => s.addFiles);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void filesOf(event.dataTransfer.files).then(addFiles);
  };

  return (
    <div
      className="workshop-drop"
      data-over={over}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="workshop-drop-text">{t('workshop.open.drop', lang)}</p>
      <p className="workshop-muted">{t('workshop.open.or', lang)}</p>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('workshop.open.pick', lang)}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        tabIndex={-1}
        aria-label={t('workshop.open.pick', lang)}
        data-testid="workshop-files"
        onChange={(event) => {
          const target = event.currentTarget;
          void filesOf(target.files).then((files) => {
            target.value = '';
            return addFiles(files);
          });
        }}
      />
    </div>
  );
}
