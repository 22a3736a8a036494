/**
 * The report's lines of the rows a « même que » decision left out of the published files
 * (`resolveDuplicateDecisions` in pipeline/duplicate-decisions.ts words them), for the step to
 * show after « Vérifier à nouveau ».
 */
import type { Problem } from '../../../core/problems';

const LEFT_OUT = 'ligne écartée : même organisation que ';

export function leftOutRows(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.action.startsWith(LEFT_OUT));
}
