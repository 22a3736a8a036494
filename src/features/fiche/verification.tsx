import type { Lang } from '../../core/vocabulary';
import type { DetailsState } from './use-actor-details';
import { updateText, verificationText } from './verification-text';

/** When the facts were last checked and last changed, once the details are in (the dates are among them). */
export function Verification({ details, lang }: { details: DetailsState; lang: Lang }) {
  if (details.status !== 'ready') return null;
  const updated = updateText(details.details?.updatedAt, lang);
  return (
    <>
      <p className="detail-verified" data-testid="detail-verified">
        {verificationText(details.details?.verifiedAt ?? '', lang)}
      </p>
      {updated ? (
        <p className="detail-verified" data-testid="detail-updated">
          {updated}
        </p>
      ) : null}
    </>
  );
}
