/**
 * From the rows of a links sheet to links between known actors. A link may name its ends by id
 * or by exact name; a link to an unknown actor is reported and left out (the graph cannot hold
 * half a link), as is an exact duplicate.
 */
import { codeMatcher, parseBoolean, splitList } from '../core/grammar/codes';
import { LINK_COLUMNS, cellOf, mapColumns } from './columns';
import type { CsvTable } from '../core/csv';
import { isEmptyTable } from './actor-rows';
import type { ActorFeature, Link } from '../core/model';
import type { ProblemLog } from '../core/problems';
import { clip, foldText, sanitizeText } from '../core/grammar/text';
import { LINK_TYPES } from '../core/vocabulary';

const matchType = codeMatcher(LINK_TYPES.list, {
  porteur: 'porte',
  'porte par': 'porte',
  partenariat: 'partenaire',
  adherent: 'membre',
  'co fondateur': 'fondateur',
  fondation: 'fondateur',
  financement: 'financeur',
});

const MAX_NOTE = 1000;

export function readLinkSheet(
  table: CsvTable,
  actors: readonly ActorFeature[],
  log: ProblemLog,
  options: { sampleByDefault: boolean } = { sampleByDefault: false },
): Link[] {
  if (isEmptyTable(table)) {
    log.error(0, '', '', 'fichier vide', 'aucun lien lu dans ce fichier');
    return [];
  }
  const { columns, unknown, duplicates } = mapColumns(table.header, LINK_COLUMNS);
  for (const u of unknown) log.warning(1, u, '', 'colonne inconnue', 'ignorée');
  for (const d of duplicates)
    log.warning(1, d.header, '', `colonne en double (même champ que « ${d.first} »)`, 'ignorée (seule la première est lue)');
  const missing = (['source', 'target', 'type'] as const).filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    log.error(
      1,
      missing.join(', '),
      table.header.join(table.delimiter),
      `colonne(s) manquante(s) : ${missing.join(', ')}`,
      'aucun lien lu dans ce fichier',
    );
    return [];
  }
  for (const p of table.problems)
    log.warning(p.line, '', '', `lecture CSV : ${p.message}`, p.action ?? 'ligne lue telle quelle, à vérifier');

  const resolve = actorResolver(actors);
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const row of table.rows) {
    const cell = (f: keyof typeof LINK_COLUMNS) => sanitizeText(cellOf(row, columns, f));
    const ends = (['source', 'target'] as const).map((end) => {
      const value = cell(end);
      const id = resolve(value);
      if (!id) {
        log.error(
          row.line,
          columns[end] ?? end,
          value,
          value === '' ? 'extrémité du lien vide' : 'lien vers un acteur inconnu (ni identifiant ni nom exact)',
          'lien écarté : corrigez le nom ou ajoutez l’acteur',
        );
      }
      return id;
    });
    const typeText = cell('type');
    const type = matchType(typeText);
    if (!type) {
      log.error(
        row.line,
        columns.type ?? 'type',
        typeText,
        `type de lien inconnu (attendu : ${LINK_TYPES.codes.join(', ')})`,
        'lien écarté',
      );
    }
    const [source, target] = ends;
    if (!source || !target || !type) continue;
    if (source === target) {
      log.error(row.line, columns.target ?? 'target', cell('target'), 'lien d’un acteur vers lui-même', 'lien écarté');
      continue;
    }
    const key = `${source}\u0000${target}\u0000${type}`;
    if (seen.has(key)) {
      log.warning(row.line, '', `${source} → ${target}`, 'lien en double', 'gardé une seule fois');
      continue;
    }
    seen.add(key);
    const note = cell('note');
    if (note.length > MAX_NOTE) {
      log.warning(row.line, columns.note ?? 'note', clip(note, 200), `texte trop long (${note.length} caractères)`, `coupé à ${MAX_NOTE}`);
    }
    const sampleText = cell('sample');
    const sample = sampleText === '' ? options.sampleByDefault : (parseBoolean(sampleText) ?? options.sampleByDefault);
    links.push({
      source,
      target,
      type,
      note: note.slice(0, MAX_NOTE),
      sources: splitList(cell('sources')),
      sample,
    });
  }
  return links;
}

/** Finds an actor by id, else by its exact name (case and accents ignored if that is unique). */
function actorResolver(actors: readonly ActorFeature[]): (value: string) => string | undefined {
  const ids = new Set(actors.map((a) => a.properties.id));
  const byName = new Map<string, string>();
  const byFolded = new Map<string, string | null>();
  for (const a of actors) {
    byName.set(a.properties.name, a.properties.id);
    const f = foldText(a.properties.name);
    byFolded.set(f, byFolded.has(f) ? null : a.properties.id);
  }
  return (value) => {
    if (value === '') return undefined;
    if (ids.has(value)) return value;
    return byName.get(value) ?? byFolded.get(foldText(value)) ?? undefined;
  };
}
