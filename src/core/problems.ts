/**
 * Problems found while reading the data: every one names the file, row and column, the value and
 * what was done about it, so that the person who keeps the spreadsheet can fix it.
 */
import { clip } from './grammar/text';

/**
 * `error`: the row (or link) could not be used and is left out of the map; the build fails until
 * it is fixed. `warning`: the row is kept, the value was dropped or replaced as `action` says.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  /** 1-based line in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  column: string;
  value: string;
  message: string;
  action: string;
}

export class ProblemLog {
  readonly problems: Problem[] = [];

  constructor(readonly file: string) {}

  error(line: number, column: string, value: string, message: string, action: string): void {
    this.problems.push({ severity: 'error', file: this.file, line, column, value, message, action });
  }

  warning(line: number, column: string, value: string, message: string, action: string): void {
    this.problems.push({ severity: 'warning', file: this.file, line, column, value, message, action });
  }
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}

const MAX_VALUE_SHOWN = 60;

/** One readable line per problem, sorted by file then line, for the terminal and the report file. */
export function formatProblems(problems: readonly Problem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column))
    .map((p) => {
      const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
      const col = p.column ? ` [${shorten(p.column)}]` : '';
      const value = p.value ? ` « ${shorten(p.value)} »` : '';
      const tag = p.severity === 'error' ? 'ERREUR' : 'attention';
      return `${tag} ${where}${col}${value} : ${p.message} → ${p.action}`;
    })
    .join('\n');
}

// Control characters (a terminal escape sequence in a cell, say) are shown as '?', never sent.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

function shorten(value: string): string {
  return clip(value.replace(/\s+/g, ' ').replace(CONTROL, '?'), MAX_VALUE_SHOWN);
}
