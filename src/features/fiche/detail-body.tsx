import type { DatasetIndex } from '../../core/dataset-index';
import type { ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { CopyLink } from './copy-link';
import { PrintedAddress, ShareLink } from './share-link';
import { DetailContact } from './detail-contact';
import { DetailFacts } from './detail-facts';
import { DetailLinks } from '../links/detail-links';
import { DetailNetwork } from '../links/detail-network';
import { FicheProposalActions } from '../proposals/fiche-proposal-actions';
import { Qualification } from './qualification';
import { ShowOnMap } from './show-on-map';
import { Sources } from './sources';
import { useActorDetails } from './use-actor-details';
import { Verification } from './verification';

interface DetailBodyProps {
  data: DatasetIndex;
  actor: ActorProperties;
  /** The actor's row in `actors.columns.json`: where its details shard is. */
  row: number;
  lang: Lang;
  /** Prefix for the ids of the sections' headings. */
  idPrefix: string;
  /** Offer the territory's ecosystem view. */
  ecosystem: boolean;
  /** Offer « Suggérer une correction » and « Signaler un problème ». */
  proposals?: boolean;
}

export function DetailBody({ data, actor, row, lang, idPrefix, ecosystem, proposals = true }: DetailBodyProps) {
  // What the map's file has is shown at once; the description, website and sources when their shard is in.
  const details = useActorDetails(actor.id, row);
  const point = data.features[row]?.geometry?.coordinates ?? null;
  return (
    <>
      <ShowOnMap placed={point !== null} lang={lang} />
      {actor.sample ? (
        <p className="detail-sample" data-testid="detail-sample">
          <strong>{t('detail.sampleTitle', lang)}</strong> {t('detail.sampleBody', lang)}
        </p>
      ) : null}
      <DetailFacts actor={actor} details={details} lang={lang} />
      <Verification details={details} lang={lang} />
      <DetailContact actor={actor} point={point} details={details} lang={lang} headingId={`${idPrefix}-contact`} />
      <Qualification actor={actor} lang={lang} headingId={`${idPrefix}-qualification`} />
      <Sources details={details} lang={lang} headingId={`${idPrefix}-sources`} />
      <DetailNetwork data={data} actor={actor} lang={lang} headingId={`${idPrefix}-network`} ecosystem={ecosystem} />
      <DetailLinks key={`links-${actor.id}`} data={data} id={actor.id} lang={lang} headingId={`${idPrefix}-links`} />
      {/* Keyed by actor (sibling keys must differ), so that "Lien copié" does not linger on the next sheet. */}
      <ShareLink lang={lang} title={actor.name} />
      <CopyLink key={`copy-${actor.id}`} lang={lang} />
      <PrintedAddress lang={lang} />
      {proposals ? (
        <FicheProposalActions
          key={`proposals-${actor.id}`}
          lang={lang}
          actor={actor}
          details={details.status === 'ready' ? details.details : undefined}
        />
      ) : null}
    </>
  );
}
