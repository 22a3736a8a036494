/**
 * From the rows of an actors sheet to validated GeoJSON features. Every value that cannot be used
 * is reported with its row and column; a row is left out only when it has no name or repeats an
 * id already taken, and that is an error the sheet's keeper must fix. Rows are placed first, so
 * that names shared by rows at different places get ids of their own (`namesAtSeveralPlaces`);
 * cells decoded twice (« Ã© ») are read back before anything else (`double-encoding.ts`).
 */
import { codeMatcher, slugify, splitList } from '../core/grammar/codes';
import { ACTOR_COLUMNS, cellOf, mapColumns, type ColumnMap } from './columns';
import type { CsvRow, CsvTable } from '../core/csv';
import { isActorId } from '../core/grammar/ids';
import type { ActorRecordFeature, ActorRecordProperties } from '../core/model';
import { placeActor, type Placement, type PlacementInput, type Places } from './placement';
import { repairRow } from './double-encoding';
import type { ProblemLog } from '../core/problems';
import type { DecisionRow } from './duplicate-decisions';
import { qualify } from '../core/qualification';
import { codePoints, hasVisibleCharacter, sanitizeText, truncate } from '../core/grammar/text';
import { cappedText, readSampleFlag, readWebAddress, reportBadChoices, reportExtraCells } from './sheet-cells';
import { KINDS, PRACTICES, PROFILES, SCOPES, type Practice } from '../core/vocabulary';
import { localToday } from '../core/grammar/dates';
import { readVerificationDate } from './verification-date';
import { readContactCells } from './contact-cells';

type ActorField = keyof typeof ACTOR_COLUMNS;

const matchKind = codeMatcher(KINDS.list, { acteur: 'actor', projet: 'project', action: 'project' });
const matchPractice = codeMatcher(PRACTICES.list, {
  'dialogue territorial': 'dialogue',
  experimentations: 'experimentation',
  'experimentation collective': 'experimentation',
  accompagnements: 'accompagnement',
  'gestion d un lieu': 'lieu',
  'tiers lieu': 'lieu',
});
const matchProfile = codeMatcher(PROFILES.list, { collectivite: 'collectivite', 'collectivite territoriale': 'collectivite' });
const matchScope = codeMatcher(SCOPES.list, { departementale: 'departemental', regionale: 'regional', nationale: 'national' });

/** Field sizes past which a cell is cut (and reported): a map popup is not a document store. */
export const MAX_LENGTH = { name: 200, description: 4000, short: 300 } as const;

export interface ActorSheetOptions {
  /** Rows of this sheet are generated sample data unless a row says otherwise. */
  sampleByDefault: boolean;
  /** Header → field (or `ignore`) chosen for this sheet (`sources.json`, the workshop). */
  columns?: Readonly<Record<string, string>> | undefined;
  /** `yyyy-mm-dd`: a verification date after it is refused. Defaults to the day the sheet is read. */
  today?: string;
}

export interface ActorReadResult {
  actors: ActorRecordFeature[];
  /** Lines of the rows that were left out (each has an error in the log). */
  rejected: number[];
  /** The rows' `doublon` cells (the workshop's decisions on possible duplicates), when the sheet has the column. */
  decisions: DecisionRow[];
  /** The sheet line of each actor read, by id (the workshop writes in the row of an id). */
  lines: Map<string, number>;
}

export function readActorSheet(
  table: CsvTable,
  places: Places,
  log: ProblemLog,
  takenIds: Set<string>,
  options: ActorSheetOptions = { sampleByDefault: false },
): ActorReadResult {
  if (isEmptyTable(table)) {
    log.error(0, '', '', 'fichier vide', 'aucune ligne lue dans ce fichier');
    return { actors: [], rejected: [], decisions: [], lines: new Map() };
  }
  const { columns, unknown, duplicates, badChoices } = mapColumns(table.header, ACTOR_COLUMNS, options.columns);
  reportBadChoices(badChoices, log);
  for (const u of unknown) log.warning(1, u, '', 'colonne inconnue', 'ignorée (ses valeurs ne sont pas reprises)');
  for (const d of duplicates)
    log.warning(1, d.header, '', `colonne en double (même champ que « ${d.first} »)`, 'ignorée (seule la première est lue)');
  if (columns.name === undefined) {
    log.error(1, 'name', table.header.join(table.delimiter), 'la colonne du nom (name ou nom) manque', 'aucune ligne lue dans ce fichier');
    return { actors: [], rejected: table.rows.map((r) => r.line), decisions: [], lines: new Map() };
  }
  for (const p of table.problems)
    log.warning(p.line, '', '', `lecture CSV : ${p.message}`, p.action ?? 'ligne lue telle quelle, à vérifier');

  const actors: ActorRecordFeature[] = [];
  const rejected: number[] = [];
  const decisions: DecisionRow[] = [];
  const lines = new Map<string, number>();
  const today = options.today ?? localToday();
  const mapped = Object.values(columns).filter((h): h is string => h !== undefined);
  const rows = table.rows.map((raw) => repairRow(raw, mapped));
  const placements = rows.map(({ row }) =>
    placeActor(
      placementInput((field) => truncate(sanitizeText(cellOf(row, columns, field)), MAX_LENGTH.short)),
      places,
    ),
  );
  const homonyms = namesAtSeveralPlaces(
    rows.map(({ row }, i) => ({ row, placement: placements[i] })),
    columns,
  );
  for (const [index, { row, notes: repairs }] of rows.entries()) {
    const cell = (field: ActorField, max: number = MAX_LENGTH.short) =>
      cappedText(cellOf(row, columns, field), max, log, row.line, columns[field] ?? field);
    reportExtraCells(row, log);
    for (const r of repairs) {
      log.warning(
        row.line,
        r.header,
        r.value,
        'texte décodé deux fois (« Ã© » pour « é » : UTF-8 relu comme Windows-1252)',
        r.repaired === undefined ? 'laissé tel quel : corrigez-le dans la feuille' : `réparé : « ${r.repaired} »`,
      );
    }

    const name = cell('name', MAX_LENGTH.name);
    if (!hasVisibleCharacter(name)) {
      const [message, value] = name === '' ? ['nom vide', ''] : ['nom fait seulement de caractères invisibles ou blancs', codePoints(name)];
      log.error(row.line, columns.name, value, message, 'ligne écartée : donnez un nom à cet acteur');
      rejected.push(row.line);
      continue;
    }

    const placement = placements[index] as Placement;
    const homonym = cell('id') === '' ? homonyms.get(index) : undefined;
    const id = homonym?.id ?? readId(cell('id'), name, row.line, log, columns.id ?? 'id');
    if (homonym && !takenIds.has(id)) {
      log.warning(
        row.line,
        columns.name,
        name,
        `nom porté par ${homonym.rows} lignes en ${homonym.places} lieux différents : ce sont des fiches distinctes`,
        `identifiant « ${id} » dérivé du nom et du lieu ; donnez un identifiant dans une colonne id pour le fixer`,
      );
    }
    if (takenIds.has(id) && cell('id') === '') {
      log.error(
        row.line,
        columns.name,
        name,
        `le nom donne le même identifiant (« ${id} ») qu’une ligne déjà lue`,
        'ligne écartée : donnez-lui un identifiant unique dans une colonne id',
      );
      rejected.push(row.line);
      continue;
    }
    if (takenIds.has(id)) {
      log.error(
        row.line,
        columns.id ?? 'name',
        id,
        `identifiant déjà utilisé par une autre ligne (« ${id} »)`,
        'ligne écartée : donnez-lui un identifiant unique',
      );
      rejected.push(row.line);
      continue;
    }
    takenIds.add(id);

    const kindText = cell('kind');
    const kind = matchKind(kindText) ?? 'actor';
    if (kindText && !matchKind(kindText)) {
      log.warning(
        row.line,
        columns.kind ?? 'kind',
        kindText,
        'nature inconnue (attendu : actor/acteur ou project/projet)',
        'lu comme « acteur »',
      );
    }

    const practices: Practice[] = [];
    for (const p of splitList(cell('practices'))) {
      const code = matchPractice(p);
      if (code) {
        if (!practices.includes(code)) practices.push(code);
      } else {
        log.warning(
          row.line,
          columns.practices ?? 'practices',
          p,
          `pratique inconnue (attendu : ${PRACTICES.codes.join(', ')})`,
          'ignorée',
        );
      }
    }
    practices.sort((a, b) => PRACTICES.codes.indexOf(a) - PRACTICES.codes.indexOf(b));

    const profile = readCode(cell('profile'), matchProfile, PROFILES.codes, 'profil inconnu', row.line, columns.profile ?? 'profile', log);
    const scope = readCode(cell('scope'), matchScope, SCOPES.codes, 'échelle inconnue', row.line, columns.scope ?? 'scope', log);

    const website = readWebAddress(cellOf(row, columns, 'website'), log, row.line, columns.website ?? 'website');

    const sample = readSampleFlag(cell('sample'), options.sampleByDefault, log, row.line, columns.sample ?? 'sample');

    placementInput((field) => cell(field)); // reports over-long place cells
    for (const n of placement.notes) log.warning(row.line, columns[n.column] ?? n.column, n.value, n.message, n.action);

    // Sheets copied from the network's documents carry the actor's role there; it describes it.
    const description = cell('description', MAX_LENGTH.description) || cell('role', MAX_LENGTH.description);
    const base: Omit<ActorRecordProperties, 'qualification' | 'missing'> = {
      id,
      name,
      kind,
      practices,
      profile,
      scope,
      themes: unique(splitList(cell('themes', MAX_LENGTH.description))),
      description,
      website,
      region: placement.region,
      departement: placement.departement,
      commune: placement.commune,
      communeName: placement.communeName,
      precision: placement.precision,
      locationBasis: placement.precision === 'none' ? '' : cell('locationBasis') || (placement.fromCoordinates ? 'coordinates' : ''),
      sources: unique(splitList(cell('sources', MAX_LENGTH.description))),
      sample,
      verifiedAt: readVerificationDate(cell('verifiedAt'), today, log, row.line, columns.verifiedAt ?? 'verifiedAt'),
      ...updateDate(readVerificationDate(cell('updatedAt'), today, log, row.line, columns.updatedAt ?? 'updatedAt', 'update')),
      ...readContactCells(row, columns, log),
    };
    const { qualification, missing } = qualify(base);
    if (columns.duplicate !== undefined) {
      decisions.push({ file: log.file, line: row.line, column: columns.duplicate, id, cell: cellOf(row, columns, 'duplicate') });
    }
    lines.set(id, row.line);
    actors.push({
      type: 'Feature',
      id,
      geometry: placement.point ? { type: 'Point', coordinates: placement.point } : null,
      properties: { ...base, qualification, missing },
    });
  }
  return { actors, rejected, decisions, lines };
}

/** The update date only when there is one: files of sheets without it keep their bytes. */
function updateDate(updatedAt: string): { updatedAt?: string } {
  return updatedAt === '' ? {} : { updatedAt };
}

function placementInput(cell: (field: ActorField) => string): PlacementInput {
  return {
    commune: cell('commune'),
    communeName: cell('communeName'),
    postcode: cell('postcode'),
    departement: cell('departement'),
    region: cell('region'),
    lat: cell('lat'),
    lon: cell('lon'),
  };
}

/** Where a row is, to tell homonyms apart: its commune, else its département, else its région. */
function placeKey(p: Placement): string {
  return p.commune || (p.departement && `d${p.departement}`) || (p.region && `r${p.region}`) || '';
}

function placeSlug(p: Placement): string {
  return (
    slugify(p.communeName) ||
    p.commune ||
    (p.departement && `departement-${p.departement.toLowerCase()}`) ||
    (p.region && `region-${p.region}`) ||
    'sans-lieu'
  );
}

/**
 * Rows without an id whose names give the same id at different places (a « Maison des
 * associations » in Bordeaux and in Lyon) are distinct fiches: each gets the name's id followed by
 * its place's (`maison-des-associations-bordeaux`), whatever the order of the rows. Rows of the
 * same name at the same place still share an id: the second is a duplicate.
 */
function namesAtSeveralPlaces(
  rows: readonly { row: CsvRow; placement: Placement | undefined }[],
  columns: ColumnMap<ActorField>,
): Map<number, { id: string; rows: number; places: number }> {
  const bySlug = new Map<string, { index: number; key: string; slug: string }[]>();
  rows.forEach(({ row, placement }, index) => {
    const name = cellOf(row, columns, 'name');
    if (cellOf(row, columns, 'id') !== '' || !hasVisibleCharacter(name) || !placement) return;
    const id = idFromName(name);
    const list = bySlug.get(id) ?? [];
    list.push({ index, key: placeKey(placement), slug: placeSlug(placement) });
    bySlug.set(id, list);
  });
  const homonyms = new Map<number, { id: string; rows: number; places: number }>();
  for (const [id, list] of bySlug) {
    const places = new Set(list.map((r) => r.key)).size;
    if (places < 2) continue;
    for (const r of list)
      homonyms.set(r.index, { id: `${id}-${r.slug}`.slice(0, MAX_ID_LENGTH).replace(/-+$/, ''), rows: list.length, places });
  }
  return homonyms;
}

function readId(value: string, name: string, line: number, log: ProblemLog, column: string): string {
  if (value === '') return idFromName(name);
  if (isActorId(value)) return value;
  const fixed = slugify(value).slice(0, MAX_ID_LENGTH).replace(/-+$/, '') || idFromName(name);
  log.warning(
    line,
    column,
    value,
    'identifiant avec des caractères non admis (lettres, chiffres, - _ . : seulement)',
    `remplacé par « ${fixed} »`,
  );
  return fixed;
}

function readCode<C extends string>(
  value: string,
  match: (v: string) => C | undefined,
  codes: readonly C[],
  unknown: string,
  line: number,
  column: string,
  log: ProblemLog,
): C | null {
  if (value === '') return null;
  const code = match(value);
  if (code) return code;
  log.warning(line, column, value, `${unknown} (attendu : ${codes.join(', ')})`, 'laissé vide');
  return null;
}

const MAX_ID_LENGTH = 100;

/**
 * "Comité 21" → "comite-21", at most 100 characters (what a shared link accepts); a name with no
 * Latin letter or digit gets "id-" and a hash of the name, the same for the same name.
 */
export function idFromName(name: string): string {
  const slug = slugify(name).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
  if (slug !== '') return slug;
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return `id-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** A sheet without a single cell (an empty file, blank lines only). */
export function isEmptyTable(table: CsvTable): boolean {
  return table.rows.length === 0 && table.header.every((h) => h === '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
