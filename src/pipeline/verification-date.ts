/**
 * The verification date of an actor (`verifie_le`): when the keeper of the sheet last checked its
 * facts. Read by `readDate` (core/grammar/dates.ts, which lists the accepted forms); a date that
 * cannot be used is reported and left empty, so that the fiche says the date is unknown.
 */
import { readDate } from '../core/grammar/dates';
import type { ProblemLog } from '../core/problems';
import { clip } from '../core/grammar/text';
import { MAX_REPORTED } from './sheet-cells';

const FORMS = 'jj/mm/aaaa, aaaa-mm-jj ou mm/aaaa';

/** The two dates of a fiche read this way, in the report's words. */
const WORDS = {
  verification: { what: 'date de vérification', leftEmpty: 'laissée vide (date de vérification inconnue)' },
  update: { what: 'date de mise à jour', leftEmpty: 'laissée vide' },
} as const;

/**
 * `yyyy-mm-dd`, `yyyy-mm`, or '' (empty, or reported). `today` is `yyyy-mm-dd`. `kind`: the
 * verification date (`verifie_le`) or the update date (`mis_a_jour_le`, same forms).
 */
export function readVerificationDate(
  text: string,
  today: string,
  log: ProblemLog,
  line: number,
  column: string,
  kind: keyof typeof WORDS = 'verification',
): string {
  const reading = readDate(text, today);
  const value = clip(text, MAX_REPORTED);
  const { what, leftEmpty } = WORDS[kind];
  switch (reading.kind) {
    case 'empty':
      return '';
    case 'date':
      return reading.iso;
    case 'unreadable':
      log.warning(line, column, value, `${what} illisible (attendu : ${FORMS})`, leftEmpty);
      return '';
    case 'impossible':
      log.warning(line, column, value, `${what} impossible (ce jour ou ce mois n’existe pas)`, leftEmpty);
      return '';
    case 'future':
      log.warning(line, column, value, `${what} dans le futur (après le ${today.split('-').reverse().join('/')})`, leftEmpty);
      return '';
  }
}
