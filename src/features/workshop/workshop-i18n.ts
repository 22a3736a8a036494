/**
 * The workshop's strings added to the interface's dictionary (`addStrings`) and its `t`: every
 * module of the workshop takes `t` from here, so that the strings are in whenever one of them is
 * (in the workshop's page and in the tests), and never in the atlas's code.
 */
import { addStrings } from '../../shared/i18n/strings';
import { completenessEn, completenessFr } from './completeness/strings';
import { duplicatesEn, duplicatesFr } from './duplicates/strings';
import { freshnessEn, freshnessFr } from './freshness/strings';
import { moderationEn, moderationFr } from './moderation/strings';
import { openEn, openFr } from './open/strings';
import { publishEn, publishFr } from './publish/strings';
import { reportEn, reportFr } from './report/strings';
import { workshopEn, workshopFr } from './strings';

addStrings(workshopFr, workshopEn);
addStrings(openFr, openEn);
addStrings(duplicatesFr, duplicatesEn);
addStrings(completenessFr, completenessEn);
addStrings(freshnessFr, freshnessEn);
addStrings(publishFr, publishEn);
addStrings(reportFr, reportEn);
addStrings(moderationFr, moderationEn);

export { formatNumber, t, tn, type StringKey } from '../../shared/i18n/strings';
