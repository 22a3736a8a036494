import type { DatasetIndex } from '../../core/dataset-index';
import type { ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { CopyLink } from './copy-link';
import { DetailFacts } from './detail-facts';
import { DetailLinks } from '../links/detail-links';
import { DetailNetwork } from '../links/detail-network';
import { Qualification } from './qualification';
import { Sources } from './sources';
import { useActorDetails } from './use-actor-details';

interface DetailBodyProps {
  data: DatasetIndex;
  actor: ActorProperties;
  /** The actor's row in `actors.geojson`: where its details shard is. */
  row: number;
  lang: Lang;
  /** Prefix for the ids of the sections' headings. */
  idPrefix: string;
  /** Offer the territory's ecosystem view. */
  ecosystem: boolean;
}

export function DetailBody({ data, actor, row, lang, idPrefix, ecosystem }: DetailBodyProps) {
  // What the map's file has is shown at once; the description, website and sources when their shard is in.
  const details = useActorDetails(actor.id, row);
  return (
    <>
      {actor.sample ? (
        <p className="detail-sample" data-testid="detail-sample">
          <strong>{t('detail.sampleTitle', lang)}</strong> {t('detail.sampleBody', lang)}
        </p>
      ) : null}
      <DetailFacts actor={actor} details={details} lang={lang} />
      <Qualification actor={actor} lang={lang} headingId={`${idPrefix}-qualification`} />
      <Sources details={details} lang={lang} headingId={`${idPrefix}-sources`} />
      <DetailNetwork data={data} actor={actor} lang={lang} headingId={`${idPrefix}-network`} ecosystem={ecosystem} />
      <DetailLinks key={`links-${actor.id}`} data={data} id={actor.id} lang={lang} headingId={`${idPrefix}-links`} />
      {/* Keyed by actor (sibling keys must differ), so that "Lien copié" does not linger on the next sheet. */}
      <CopyLink key={`copy-${actor.id}`} lang={lang} />
    </>
  );
}
