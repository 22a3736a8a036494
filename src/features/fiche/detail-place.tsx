import { placeSummary, precisionNote, type PrecisionNote } from './actor-facts';
import type { ActorProperties } from '../../core/model';
import { PRECISIONS, type Lang } from '../../core/vocabulary';
import { t, type StringKey } from '../../shared/i18n/strings';
import { useTerritoryNames } from '../../state/use-territory-names';
import { territoryText } from '../../shared/ui/territory-text';
import { NotSpecified } from '../../shared/ui/practice-list';
import { Fact } from './fact';

const NOTES: Record<PrecisionNote, StringKey> = {
  departement: 'detail.note.departement',
  region: 'detail.note.region',
  nationalNoSeat: 'detail.note.nationalNoSeat',
  noSeat: 'detail.note.noSeat',
};

const BASES: Record<string, StringKey> = {
  seed: 'detail.basis.seed',
  name: 'detail.basis.name',
  public: 'detail.basis.public',
  coordinates: 'detail.basis.coordinates',
};

/** Where the actor is, how exactly, and how that is known. */
export function DetailPlace({ actor, locationBasis, lang }: { actor: ActorProperties; locationBasis: string; lang: Lang }) {
  const level = placeSummary(actor).level;
  const note = precisionNote(actor);
  // How the place is known comes with the fiche's details: said once they are in.
  const basis = Object.hasOwn(BASES, locationBasis) ? BASES[locationBasis] : undefined;
  const names = useTerritoryNames();
  const parts = [
    level === 'commune' || level === 'coordinates' ? actor.communeName || actor.commune : '',
    actor.departement ? territoryText('departement', actor.departement, names, lang) : '',
    actor.region ? territoryText('region', actor.region, names, lang) : '',
  ].filter(Boolean);

  return (
    <>
      <Fact label={t('detail.place', lang)}>
        {parts.length > 0 ? (
          <ul className="detail-plain-list">
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        ) : (
          <NotSpecified lang={lang} />
        )}
      </Fact>
      <Fact label={t('detail.precision', lang)}>
        {PRECISIONS.label(level, lang)}
        {note ? <span className="detail-note">{t(NOTES[note], lang)}</span> : null}
        {basis ? <span className="detail-note">{t(basis, lang)}</span> : null}
      </Fact>
    </>
  );
}
