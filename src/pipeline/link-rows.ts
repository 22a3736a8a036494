/**
 * From the rows of a links sheet to links between known actors. A link may name its ends by id
 * or by exact name; a link to an unknown actor, or to a name that several fiches share, is
 * reported and left out (the graph cannot hold half a link), as is an exact duplicate. A type
 * written in the passive (« porté par ») is read with its ends swapped, and the report says so.
 */
import { codeMatcher, splitList } from '../core/grammar/codes';
import { LINK_COLUMNS, cellOf, mapColumns } from './columns';
import type { CsvTable } from '../core/csv';
import { MAX_LENGTH, isEmptyTable } from './actor-rows';
import type { ActorFeature, Link } from '../core/model';
import type { ProblemLog } from '../core/problems';
import { clip, foldText, sanitizeText } from '../core/grammar/text';
import { LINK_TYPES, type LinkType } from '../core/vocabulary';
import { MAX_REPORTED, cappedText, readSampleFlag, reportBadChoices, reportExtraCells } from './sheet-cells';

const matchType = codeMatcher(LINK_TYPES.list, {
  porteur: 'porte',
  partenariat: 'partenaire',
  'est partenaire de': 'partenaire',
  adherent: 'membre',
  'est membre de': 'membre',
  'co fondateur': 'fondateur',
  fondation: 'fondateur',
  financement: 'financeur',
});

/** Wordings that read from target to source (« B porté par A » is « A porte B »): the ends are swapped. */
export const PASSIVE_TYPE_ALIASES: Record<string, LinkType> = {
  'est porté par': 'porte',
  'porté par': 'porte',
  'a pour porteur': 'porte',
  'is carried by': 'porte',
  'carried by': 'porte',
  'a pour membre': 'membre',
  'a pour membres': 'membre',
  'compte parmi ses membres': 'membre',
  'has member': 'membre',
  'has members': 'membre',
  'fondé par': 'fondateur',
  'est fondé par': 'fondateur',
  'cofondé par': 'fondateur',
  'co-fondé par': 'fondateur',
  'a pour fondateur': 'fondateur',
  'founded by': 'fondateur',
  'financé par': 'financeur',
  'est financé par': 'financeur',
  'a pour financeur': 'financeur',
  'funded by': 'financeur',
};
const matchPassiveType = codeMatcher<LinkType>([], PASSIVE_TYPE_ALIASES);

const MAX_NOTE = 1000;

export function readLinkSheet(
  table: CsvTable,
  actors: readonly ActorFeature[],
  log: ProblemLog,
  options: { sampleByDefault: boolean; columns?: Readonly<Record<string, string>> | undefined } = { sampleByDefault: false },
): Link[] {
  if (isEmptyTable(table)) {
    log.error(0, '', '', 'fichier vide', 'aucun lien lu dans ce fichier');
    return [];
  }
  const { columns, unknown, duplicates, badChoices } = mapColumns(table.header, LINK_COLUMNS, options.columns);
  reportBadChoices(badChoices, log);
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
    reportExtraCells(row, log);
    const ends = (['source', 'target'] as const).map((end) => resolveEnd(cell(end), resolve, row.line, columns[end] ?? end, log));
    const typeText = cell('type');
    const forward = matchType(typeText);
    const passive = forward ? undefined : matchPassiveType(typeText);
    const type = forward ?? passive;
    if (!type) {
      log.error(
        row.line,
        columns.type ?? 'type',
        clip(typeText, MAX_REPORTED),
        `type de lien inconnu (attendu : ${LINK_TYPES.codes.join(', ')})`,
        'lien écarté',
      );
    }
    const [written, writtenTarget] = ends;
    if (!written || !writtenTarget || !type) continue;
    const [source, target] = passive ? [writtenTarget, written] : [written, writtenTarget];
    if (source === target) {
      log.error(row.line, columns.target ?? 'target', clip(cell('target'), MAX_REPORTED), 'lien d’un acteur vers lui-même', 'lien écarté');
      continue;
    }
    if (passive) {
      log.warning(
        row.line,
        columns.type ?? 'type',
        typeText,
        'type de lien au sens passif (il se lit de la cible vers la source)',
        `source et cible inversées : enregistré comme « ${source} ${LINK_TYPES.label(type)} ${target} »`,
      );
    }
    const key = `${source}\u0000${target}\u0000${type}`;
    if (seen.has(key)) {
      log.warning(row.line, '', `${source} → ${target}`, 'lien en double', 'gardé une seule fois');
      continue;
    }
    seen.add(key);
    const text = (f: 'note' | 'sources', max: number) => cappedText(cellOf(row, columns, f), max, log, row.line, columns[f] ?? f);
    links.push({
      source,
      target,
      type,
      note: text('note', MAX_NOTE),
      sources: splitList(text('sources', MAX_LENGTH.description)),
      sample: readSampleFlag(cell('sample'), options.sampleByDefault, log, row.line, columns.sample ?? 'sample'),
    });
  }
  return links;
}

/** An end's actor id, or undefined with an error saying why (empty, unknown, or a name several fiches share). */
function resolveEnd(value: string, resolve: Resolver, line: number, column: string, log: ProblemLog): string | undefined {
  const found = resolve(value);
  if (found && 'id' in found) return found.id;
  const shown = clip(value, MAX_REPORTED);
  if (found) {
    log.error(
      line,
      column,
      shown,
      `nom partagé par plusieurs fiches (identifiants : ${found.candidates.join(', ')})`,
      'lien écarté : écrivez l’identifiant de la fiche voulue',
    );
  } else {
    log.error(
      line,
      column,
      shown,
      value === '' ? 'extrémité du lien vide' : 'lien vers un acteur inconnu (ni identifiant ni nom exact)',
      'lien écarté : corrigez le nom ou ajoutez l’acteur',
    );
  }
  return undefined;
}

/** The actor an end names, or the fiches that share that name, or undefined for nobody. */
type Resolver = (value: string) => { id: string } | { candidates: string[] } | undefined;

/**
 * Finds an actor by id, else by its exact name, else by its name with case and accents ignored.
 * A name that several fiches share names none of them: the link could go to the wrong one.
 */
function actorResolver(actors: readonly ActorFeature[]): Resolver {
  const ids = new Set(actors.map((a) => a.properties.id));
  const byName = new Map<string, string[]>();
  const byFolded = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const a of actors) {
    add(byName, a.properties.name, a.properties.id);
    add(byFolded, foldText(a.properties.name), a.properties.id);
  }
  return (value) => {
    if (value === '') return undefined;
    if (ids.has(value)) return { id: value };
    const folded = foldText(value);
    const matches = byName.get(value) ?? (folded === '' ? undefined : byFolded.get(folded));
    const [only, ...others] = matches ?? [];
    if (only === undefined) return undefined;
    return others.length === 0 ? { id: only } : { candidates: [only, ...others] };
  };
}
