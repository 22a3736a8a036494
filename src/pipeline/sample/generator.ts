/**
 * Generated sample data, shaped like the real network so the map can be tried at full size:
 * spread over the départements roughly by population, about a third national networks, every
 * profile and practice, themes from the network's documents, links mostly within a territory and
 * a few catalysts that bridge many worlds. Every name starts with "Exemple –" and every row says
 * `sample=oui`: nothing here may pass for a real organisation.
 */
import { KNOWN_THEMES, PRACTICES, PROFILES, type Practice, type Profile } from '../../core/vocabulary';
import { slugify } from '../../core/grammar/codes';
import { createRandom, type Random } from './random';
import { NATIONAL_NAME_PATTERNS, NATIONAL_TOPICS, placeNameParts, PROFILE_NAME_PATTERNS, PROJECT_NAME_PATTERNS } from './names';

export interface SampleCommune {
  code: string;
  name: string;
  departement: string;
  population: number;
}

export interface SampleDepartement {
  code: string;
  name: string;
  population: number;
}

export interface SampleOptions {
  /** PRNG seed: the same seed and inputs give the same rows. */
  seed: number;
  /** Sample actors (organisations). */
  actors: number;
  /** Sample projects, each carried by a sample actor. */
  projects: number;
  /** Links between sample actors and projects, carrying links included. */
  links: number;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = { seed: 2014, actors: 340, projects: 150, links: 620 };

export const ACTOR_HEADER = [
  'id',
  'name',
  'kind',
  'practices',
  'profile',
  'scope',
  'departement',
  'commune',
  'themes',
  'description',
  'website',
  'sources',
  'sample',
] as const;
export const LINK_HEADER = ['source', 'target', 'type', 'note', 'sources', 'sample'] as const;

export interface SampleTables {
  actors: string[][];
  links: string[][];
}

/** Share of sample organisations that are national networks (the network counts 33 %). */
const NATIONAL_SHARE = 0.33;
/** Share of national networks that have a known seat (the others are listed without a place). */
const NATIONAL_WITH_SEAT = 0.5;
/** Share of local actors known only by their département (placed at its chef-lieu). */
const DEPARTEMENT_ONLY = 0.15;
/** Number of "bridging" catalysts that link to many different worlds. */
const BRIDGES = 16;
/** Share of links that stay within the same département when they can. */
const LOCAL_LINK_SHARE = 0.8;

const PROFILE_WEIGHTS: Record<Profile, number> = {
  association: 34,
  collectivite: 20,
  accompagnateur: 16,
  entreprise: 12,
  institution: 10,
  academique: 8,
};

const SOURCE_NOTE = 'Données d’exemple générées pour la démonstration (aucune organisation réelle)';

interface Node {
  id: string;
  profile: Profile;
  departement: string;
  national: boolean;
  kind: 'actor' | 'project';
}

export function generateSample(
  communes: readonly SampleCommune[],
  departements: readonly SampleDepartement[],
  options: SampleOptions = DEFAULT_SAMPLE_OPTIONS,
): SampleTables {
  const random = createRandom(options.seed);
  const communesByDep = groupBy(communes, (c) => c.departement);
  const deps = departements.filter((d) => (communesByDep.get(d.code)?.length ?? 0) > 0);
  const pickDep = random.weighted(deps, (d) => d.population);
  const pickCommuneIn = (dep: string) => {
    const list = communesByDep.get(dep) ?? [];
    // Catalysts sit more often in towns than villages: weight grows with population, not linearly.
    return random.pickWeighted(list, (c) => Math.pow(Math.max(c.population, 1), 0.8));
  };
  const pickProfile = random.weighted(PROFILES.codes, (p) => PROFILE_WEIGHTS[p]);

  const rows: string[][] = [];
  const nodes: Node[] = [];
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  // Each base remembers the next suffix to try: the sets only grow, so the smaller suffixes stay
  // taken and the search starts there. The same values as counting from 2 every time, without
  // going quadratic when a million rows share a few hundred bases.
  const uniqueIn = (used: Set<string>, suffixed: (base: string, n: number) => string) => {
    const next = new Map<string, number>();
    return (base: string) => {
      let value = base;
      let n = next.get(base) ?? 2;
      while (used.has(value)) {
        value = suffixed(base, n);
        n += 1;
      }
      if (value !== base) next.set(base, n);
      used.add(value);
      return value;
    };
  };
  const uniqueName = uniqueIn(usedNames, (base, n) => `${base} (${n})`);
  const uniqueId = uniqueIn(usedIds, (base, n) => `${base}-${n}`);

  for (let i = 0; i < options.actors; i += 1) {
    const profile = pickProfile();
    const national = random.chance(NATIONAL_SHARE);
    const seated = !national || random.chance(NATIONAL_WITH_SEAT);
    const dep = seated ? (national ? nationalSeat(random, pickDep) : pickDep()) : undefined;
    const commune = dep && !random.chance(national ? 0 : DEPARTEMENT_ONLY) ? pickCommuneIn(dep.code) : undefined;
    const place = commune?.name ?? dep?.name ?? 'France';
    const base = national
      ? random.pick(NATIONAL_NAME_PATTERNS)(random.pick(NATIONAL_TOPICS))
      : random.pick(PROFILE_NAME_PATTERNS[profile])(placeNameParts(place));
    const name = uniqueName(`Exemple – ${base}`);
    const id = uniqueId(`exemple-${slugify(name.replace(/^Exemple – /, ''))}`);
    const scope = national ? 'national' : random.pick(['local', 'local', 'local', 'departemental', 'regional'] as const);
    const practices = pickPractices(random, profile);
    const themes = random.sample(KNOWN_THEMES, random.int(1, 3));
    rows.push([
      id,
      name,
      'actor',
      practices.join(';'),
      profile,
      scope,
      dep?.code ?? '',
      commune?.code ?? '',
      themes.join(';'),
      describeActor(profile, practices, national, place),
      random.chance(0.85) ? `https://www.example.org/${id}` : '',
      SOURCE_NOTE,
      'oui',
    ]);
    nodes.push({ id, profile, departement: dep?.code ?? '', national, kind: 'actor' });
  }

  const links: string[][] = [];
  const linkKeys = new Set<string>();
  const addLink = (source: string, target: string, type: string, note: string) => {
    const key = `${source}|${target}`;
    const reverse = `${target}|${source}`;
    if (source === target || linkKeys.has(key) || linkKeys.has(reverse)) return false;
    linkKeys.add(key);
    links.push([source, target, type, note, SOURCE_NOTE, 'oui']);
    return true;
  };

  const carriers = nodes.filter((n) => n.kind === 'actor');
  for (let i = 0; i < options.projects; i += 1) {
    const carrier = random.pick(carriers);
    const dep = carrier.departement || nationalSeat(random, pickDep).code;
    const commune = pickCommuneIn(dep);
    const theme = random.pick(KNOWN_THEMES);
    const name = uniqueName(`Exemple – ${random.pick(PROJECT_NAME_PATTERNS)(theme, commune.name)}`);
    const id = uniqueId(`exemple-projet-${slugify(`${theme} ${commune.name}`)}`);
    const practices = pickPractices(random, carrier.profile);
    rows.push([
      id,
      name,
      'project',
      practices.join(';'),
      carrier.profile,
      'local',
      dep,
      commune.code,
      theme,
      `Projet fictif généré pour la démonstration : une action « ${theme} » menée à ${commune.name}.`,
      '',
      SOURCE_NOTE,
      'oui',
    ]);
    const project: Node = { id, profile: carrier.profile, departement: dep, national: false, kind: 'project' };
    nodes.push(project);
    addLink(carrier.id, id, 'porte', 'Porteur du projet (exemple)');
  }

  const byDep = groupBy(
    nodes.filter((n) => n.departement),
    (n) => n.departement,
  );
  const nationals = nodes.filter((n) => n.national && n.kind === 'actor');
  const locals = nodes.filter((n) => !n.national);

  // Bridging catalysts: each links to actors of every other profile, mostly nearby.
  const bridges = random.sample(
    locals.filter((n) => n.kind === 'actor'),
    BRIDGES,
  );
  for (const bridge of bridges) {
    const near = byDep.get(bridge.departement) ?? [];
    for (const profile of PROFILES.codes) {
      if (profile === bridge.profile) continue;
      const candidates = near.filter((n) => n.profile === profile && n.kind === 'actor');
      const other = candidates.length > 0 ? random.pick(candidates) : random.pick(carriers.filter((n) => n.profile === profile));
      addLink(bridge.id, other.id, 'partenaire', 'Catalyseur qui relie des mondes différents (exemple)');
    }
  }

  // Drawn from inside the loop: computed once so that 100,000 rows stay linear.
  const funders = carriers.filter((n) => n.profile === 'institution' || n.profile === 'entreprise');
  const localActorsByDep = groupBy(
    locals.filter((n) => n.kind === 'actor'),
    (n) => n.departement,
  );
  let guard = 0;
  while (links.length < options.links && guard < options.links * 50) {
    guard += 1;
    const a = random.pick(locals);
    const roll = random.next();
    if (roll < 0.12 && nationals.length > 0 && a.kind === 'actor') {
      addLink(a.id, random.pick(nationals).id, 'membre', 'Membre du réseau national (exemple)');
    } else if (roll < 0.2 && a.kind === 'project') {
      addLink(random.pick(funders).id, a.id, 'financeur', 'Soutien financier (exemple)');
    } else if (roll < 0.24 && a.kind === 'actor') {
      const founded = localActorsByDep.get(a.departement) ?? [];
      if (founded.length > 1) addLink(a.id, random.pick(founded).id, 'fondateur', 'A participé à la création (exemple)');
    } else {
      const near = byDep.get(a.departement) ?? [];
      const pool = random.chance(LOCAL_LINK_SHARE) && near.length > 1 ? near : locals;
      addLink(a.id, random.pick(pool).id, 'partenaire', 'Partenariat (exemple)');
    }
  }

  return { actors: rows, links };
}

/** National networks with a seat sit mostly in Paris, sometimes in another large city. */
function nationalSeat(random: Random, pickDep: () => SampleDepartement): SampleDepartement {
  if (random.chance(0.6)) return { code: '75', name: 'Paris', population: 0 };
  return pickDep();
}

const PRACTICE_AFFINITY: Record<Profile, Practice[]> = {
  collectivite: ['dialogue', 'experimentation'],
  association: ['lieu', 'dialogue', 'experimentation'],
  entreprise: ['experimentation', 'accompagnement'],
  accompagnateur: ['accompagnement'],
  institution: ['accompagnement', 'dialogue'],
  academique: ['experimentation', 'dialogue'],
};

function pickPractices(random: Random, profile: Profile): Practice[] {
  const first = random.chance(0.7) ? random.pick(PRACTICE_AFFINITY[profile]) : random.pick(PRACTICES.codes);
  const set = new Set<Practice>([first]);
  const extra = random.int(0, 2);
  for (let i = 0; i < extra; i += 1) set.add(random.pick(PRACTICES.codes));
  return PRACTICES.codes.filter((p) => set.has(p));
}

function describeActor(profile: Profile, practices: Practice[], national: boolean, place: string): string {
  const what = PROFILES.label(profile).toLowerCase();
  const how = practices.map((p) => PRACTICES.label(p).toLowerCase()).join(', ');
  const where = national ? 'réseau national' : `implantée à ${place}`;
  return `Organisation fictive générée pour la démonstration (${what}, ${where}) ; pratiques : ${how}.`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
