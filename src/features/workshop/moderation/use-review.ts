/** What the review of the chosen proposal shows, computed from the stores when they change. */
import { useMemo } from 'react';
import { useWorkshop } from '../workshop-store';
import { compareProposal, type Comparison } from './comparison';
import { sheetForNewFiche } from './fiche-row';
import { moderatedSheets, useModeration } from './moderation-store';
import { newFicheDuplicates, type NewFicheDuplicate } from './new-fiche-duplicates';
import type { QueueEntry } from './proposal-queue';

export interface Review {
  entry: QueueEntry;
  /** Its number in the queue, from 1. */
  number: number;
  /** Null for a refused entry. */
  comparison: Comparison | null;
  /** The sheet the change goes to; null when none is open. */
  sheet: string | null;
  /** The fiche's name (the last check's, else the sheet's, else the proposal's). */
  ficheName: string;
  /** For a new fiche: null until a check has run. */
  duplicates: NewFicheDuplicate[] | null;
}

export function useReview(): Review | null {
  const queue = useModeration((s) => s.queue);
  const selected = useModeration((s) => s.selected);
  const sheets = useWorkshop((s) => s.sheets);
  const actors = useWorkshop((s) => s.build.result?.actors.features ?? null);
  return useMemo(() => {
    const index = queue.findIndex((e) => e.key === selected);
    const entry = queue[index];
    if (!entry) return null;
    if (entry.status === 'refused') return { entry, number: index + 1, comparison: null, sheet: null, ficheName: '', duplicates: null };
    const open = moderatedSheets({ sheets });
    const comparison = compareProposal(entry.proposal, entry.problems, open);
    const p = entry.proposal;
    const sheet = p.kind === 'new' ? (sheetForNewFiche(open)?.name ?? null) : (comparison.target?.sheet ?? null);
    const target = comparison.target;
    const ficheName =
      (p.actorId && actors?.find((f) => f.properties.id === p.actorId)?.properties.name) ||
      (target && target.columns.name ? target.row.values[target.columns.name] : '') ||
      p.fields.name ||
      p.actorId ||
      '';
    // Once merged and checked again, the new fiche is among the actors: it is no duplicate of itself.
    const others = actors?.filter((f) => f.properties.id !== entry.appliedId);
    const duplicates = p.kind === 'new' && others ? newFicheDuplicates(p, others) : null;
    return { entry, number: index + 1, comparison, sheet, ficheName, duplicates };
  }, [queue, selected, sheets, actors]);
}
