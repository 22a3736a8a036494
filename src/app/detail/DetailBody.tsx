import type { DatasetIndex } from '../../domain/dataset-index';
import type { ActorProperties } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import { t } from '../../i18n/strings';
import { CopyLink } from './CopyLink';
import { DetailFacts } from './DetailFacts';
import { DetailLinks } from './DetailLinks';
import { DetailNetwork } from './DetailNetwork';
import { Qualification } from './Qualification';
import { Sources } from './Sources';

interface DetailBodyProps {
  data: DatasetIndex;
  actor: ActorProperties;
  lang: Lang;
  /** Prefix for the ids of the sections' headings. */
  idPrefix: string;
  /** Offer the territory's ecosystem view. */
  ecosystem: boolean;
}

export function DetailBody({ data, actor, lang, idPrefix, ecosystem }: DetailBodyProps) {
  return (
    <>
      {actor.sample ? (
        <p className="detail-sample" data-testid="detail-sample">
          <strong>{t('detail.sampleTitle', lang)}</strong> {t('detail.sampleBody', lang)}
        </p>
      ) : null}
      <DetailFacts actor={actor} lang={lang} />
      <Qualification actor={actor} lang={lang} headingId={`${idPrefix}-qualification`} />
      <Sources sources={actor.sources} lang={lang} headingId={`${idPrefix}-sources`} />
      <DetailNetwork data={data} actor={actor} lang={lang} headingId={`${idPrefix}-network`} ecosystem={ecosystem} />
      <DetailLinks key={`links-${actor.id}`} data={data} id={actor.id} lang={lang} headingId={`${idPrefix}-links`} />
      {/* Keyed by actor (sibling keys must differ), so that "Lien copié" does not linger on the next sheet. */}
      <CopyLink key={`copy-${actor.id}`} lang={lang} />
    </>
  );
}
