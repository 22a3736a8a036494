/**
 * The moderation's state beside the workshop's store: the queue of proposals, what is decided of
 * each, and the journal of the decisions. Applying a proposal merges its accepted part into the
 * workshop's sheet (`replaceTable`), so that « Vérifier à nouveau », the corrected sheet's
 * download and the preview all see it. The journal stays here: it is no sheet the pipeline reads.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { localToday } from '../../../core/grammar/dates';
import type { WorkshopState, WorkshopStore } from '../workshop-store';
import { workshopStore } from '../workshop-store';
import { isRecordSheet } from '../workshop-sheet';
import { compareProposal } from './comparison';
import { takenIds, sheetForNewFiche, type ModeratedSheet } from './fiche-row';
import { journalRows, type JournalRow } from './journal';
import { mergeProposal, type MergedField } from './merge';
import {
  addToQueue,
  proposedFields,
  readProposalText,
  type Decision,
  type QueueEntry,
  type QueueOrigin,
  type ReadableEntry,
} from './proposal-queue';
import type { ProposalField } from '../../proposals/proposal-schema';

/** What became of the last proposal applied or rejected, for the status line. */
export type Outcome =
  | { kind: 'applied'; key: string; sheet: string; id: string; changes: number }
  | { kind: 'rejected'; key: string }
  | { kind: 'missing'; key: string }
  | { kind: 'noSheet'; key: string };

export interface ModerationState {
  queue: QueueEntry[];
  /** The entry shown. */
  selected: string | null;
  journal: JournalRow[];
  outcome: Outcome | null;
  /** A workshop open in another tab took the proposals of this tab's address too. */
  otherTab: boolean;
  noteOtherTab: () => void;
  /** Reads the proposals of a text (a link, a mail, a file's text); returns the keys added. */
  addText: (text: string, origin: QueueOrigin) => string[];
  select: (key: string | null) => void;
  decide: (key: string, field: ProposalField | 'report', decision: Decision) => void;
  /** Accepts or refuses every field of a proposal at once. */
  decideAll: (key: string, decision: Decision) => void;
  /** Merges the accepted fields into the sheet and writes the journal. */
  apply: (key: string) => Outcome | null;
  /** Refuses the whole proposal, written in the journal. */
  reject: (key: string) => void;
}

export type ModerationStore = StoreApi<ModerationState>;

/** The workshop's sheets as the moderation reads them. */
export function moderatedSheets(state: Pick<WorkshopState, 'sheets'>): ModeratedSheet[] {
  return state.sheets
    .filter((s) => s.status === 'ready' && s.table)
    .filter(isRecordSheet)
    .map((s) => ({ name: s.name, role: s.role, table: s.table, columns: s.columns, sample: s.sample }));
}

export function createModerationStore(workshop: WorkshopStore, options: { today?: () => string } = {}): ModerationStore {
  const today = options.today ?? (() => localToday());
  return createStore<ModerationState>()((set, get) => {
    const readable = (key: string): ReadableEntry | undefined => {
      const entry = get().queue.find((e) => e.key === key);
      return entry && entry.status !== 'refused' ? entry : undefined;
    };
    const update = (key: string, change: Partial<ReadableEntry>) =>
      set((s) => ({ queue: s.queue.map((e) => (e.key === key && e.status !== 'refused' ? { ...e, ...change } : e)) }));

    /** The fiche's name as the last check read it, else as the sheet or the proposal gives it. */
    const ficheName = (id: string, fallback: string) =>
      workshop.getState().build.result?.actors.features.find((f) => f.properties.id === id)?.properties.name ?? fallback;

    const refusedFields = (entry: ReadableEntry, current: (field: ProposalField) => string, all: boolean) => {
      const fields: { field: MergedField; current: string; proposed: string }[] = proposedFields(entry.proposal)
        .filter((f) => all || entry.decisions[f] !== 'accept')
        .map((f) => ({ field: f, current: current(f), proposed: entry.proposal.fields[f] ?? '' }));
      if (entry.proposal.report && (all || entry.decisions.report !== 'accept'))
        fields.push({ field: 'report', current: '', proposed: entry.proposal.report.text });
      return fields;
    };

    return {
      queue: [],
      selected: null,
      journal: [],
      outcome: null,
      otherTab: false,
      noteOtherTab: () => set({ otherTab: true }),
      addText: (text, origin) => {
        const before = get().queue;
        const queue = addToQueue(before, readProposalText(text, origin, new Set(before.map((e) => e.key))));
        const added = queue.slice(before.length).map((e) => e.key);
        set((s) => ({ queue, selected: added[0] ?? s.selected }));
        return added;
      },
      select: (key) => set({ selected: key }),
      decide: (key, field, decision) => {
        const entry = readable(key);
        if (entry?.status === 'pending') update(key, { decisions: { ...entry.decisions, [field]: decision } });
      },
      decideAll: (key, decision) => {
        const entry = readable(key);
        if (entry?.status !== 'pending') return;
        const decisions: ReadableEntry['decisions'] = {};
        for (const f of proposedFields(entry.proposal)) decisions[f] = decision;
        if (entry.proposal.report) decisions.report = decision;
        update(key, { decisions });
      },
      apply: (key) => {
        const entry = readable(key);
        if (entry?.status !== 'pending') return null;
        const state = workshop.getState();
        const sheets = moderatedSheets(state);
        const { proposal } = entry;
        const comparison = compareProposal(proposal, entry.problems, sheets);
        const sheet = proposal.kind === 'new' ? sheetForNewFiche(sheets) : sheets.find((s) => s.name === comparison.target?.sheet);
        let outcome: Outcome;
        if (!sheet?.table) outcome = proposal.kind === 'new' ? { kind: 'noSheet', key } : { kind: 'missing', key };
        else {
          const taken = takenIds(sheets);
          for (const f of state.build.result?.actors.features ?? []) taken.add(f.properties.id);
          const merged = mergeProposal({
            table: sheet.table,
            chosen: sheet.columns,
            proposal,
            decisions: entry.decisions,
            ...(comparison.target ? { rowIndex: comparison.target.index } : {}),
            taken,
            today: today(),
          });
          const current = (f: ProposalField) => comparison.fields.find((c) => c.field === f)?.current ?? '';
          const id = merged?.id ?? proposal.actorId ?? '';
          const name = ficheName(
            id,
            proposal.fields.name ?? (comparison.target ? (comparison.target.row.values[comparison.target.columns.name ?? ''] ?? id) : id),
          );
          const rows = journalRows({
            proposal,
            fiche: id,
            ficheName: name,
            today: today(),
            accepted: merged?.changes ?? [],
            refused: refusedFields(entry, current, merged === null),
          });
          if (merged) state.replaceTable(sheet.name, merged.table, merged.columns);
          set((s) => ({ journal: [...s.journal, ...rows] }));
          update(key, merged ? { status: 'applied', appliedId: merged.id } : { status: 'rejected' });
          outcome = merged ? { kind: 'applied', key, sheet: sheet.name, id, changes: merged.changes.length } : { kind: 'rejected', key };
        }
        set({ outcome });
        return outcome;
      },
      reject: (key) => {
        const entry = readable(key);
        if (entry?.status !== 'pending') return;
        const comparison = compareProposal(entry.proposal, entry.problems, moderatedSheets(workshop.getState()));
        const current = (f: ProposalField) => comparison.fields.find((c) => c.field === f)?.current ?? '';
        const id = entry.proposal.actorId ?? '';
        const rows = journalRows({
          proposal: entry.proposal,
          fiche: id,
          ficheName: ficheName(id, entry.proposal.fields.name ?? id),
          today: today(),
          accepted: [],
          refused: refusedFields(entry, current, true),
        });
        set((s) => ({ journal: [...s.journal, ...rows], outcome: { kind: 'rejected', key } }));
        update(key, { status: 'rejected' });
      },
    };
  });
}

/** The page's moderation, made with the page's workshop store on first use. */
let pageStore: ModerationStore | null = null;

export function moderationStore(): ModerationStore {
  pageStore ??= createModerationStore(workshopStore());
  return pageStore;
}

export function useModeration<T>(selector: (s: ModerationState) => T): T {
  return useStore(moderationStore(), selector);
}
