/** The paste box and the file picker that fill the queue. */
import { useId, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { useModeration } from './moderation-store';

/** Proposal files are a few kilobytes; anything past this is not one. */
const MAX_FILE_BYTES = 2_000_000;

export function ProposalInput({ lang }: { lang: Lang }) {
  const addText = useModeration((s) => s.addText);
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  const id = useId();
  const say = (added: number) =>
    setSaid(added === 0 ? t('moderation.input.none', lang) : tn('moderation.input.added', added, lang, { n: added }));

  const read = () => {
    say(addText(text, { kind: 'paste' }).length);
    setText('');
  };
  const readFiles = async (files: FileList | null) => {
    let added = 0;
    for (const file of Array.from(files ?? [])) {
      const body = file.size > MAX_FILE_BYTES ? '' : await file.text();
      added += addText(body, { kind: 'file', name: file.name }).length;
    }
    say(added);
  };

  return (
    <section className="moderation-input" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('moderation.input.title', lang)}</h3>
      <label htmlFor={`${id}-paste`}>{t('moderation.input.paste', lang)}</label>
      <textarea
        id={`${id}-paste`}
        rows={3}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="moderation-paste"
      />
      <div className="moderation-actions">
        <button type="button" className="button" disabled={text.trim() === ''} onClick={read}>
          {t('moderation.input.read', lang)}
        </button>
      </div>
      <label htmlFor={`${id}-file`}>{t('moderation.input.file', lang)}</label>
      <input
        id={`${id}-file`}
        type="file"
        multiple
        accept=".txt,.json,text/plain,application/json"
        onChange={(e) => {
          const input = e.currentTarget;
          void readFiles(input.files).then(() => (input.value = ''));
        }}
      />
      <p className="workshop-muted" role="status">
        {said}
      </p>
    </section>
  );
}
