/**
 * A seeded network shaped like the generated sample data (for the tests and measures of the
 * network metrics): 70 % organisations, a third of them national networks, 30 % projects each
 * carried by one organisation; then, up to 1.2 links per node, memberships of national networks,
 * funders of projects and partnerships mostly within one of 96 départements.
 */
import { mulberry32 } from '../../core/mulberry32';

export interface NetworkLike {
  n: number;
  /** Each node's profile (index in the vocabulary, 0..5). */
  profiles: Int8Array;
  sources: Int32Array;
  targets: Int32Array;
}

const DEPARTEMENTS = 96;

export function networkLike(n: number, seed: number, linksPerNode = 1.2): NetworkLike {
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = (list: readonly number[]) => list[int(list.length)] as number;
  const actors = Math.round(n * 0.7);
  const profiles = new Int8Array(n);
  const departement = new Int32Array(n);
  const national = new Uint8Array(n);
  const nationals: number[] = [];
  const locals: number[] = [];
  const funders: number[] = [];
  const byDep: number[][] = Array.from({ length: DEPARTEMENTS }, () => []);
  // Populous départements first: a skewed draw.
  const pickDep = () => Math.floor(DEPARTEMENTS * random() ** 1.6);
  for (let v = 0; v < n; v++) {
    const isActor = v < actors;
    const carrier = isActor ? -1 : int(actors);
    profiles[v] = isActor ? int(6) : (profiles[carrier] as number);
    national[v] = isActor && random() < 0.33 ? 1 : 0;
    departement[v] = isActor ? pickDep() : (departement[carrier] as number);
    if (national[v]) nationals.push(v);
    else {
      locals.push(v);
      byDep[departement[v] as number]?.push(v);
    }
    if (isActor && profiles[v] === 0) funders.push(v);
  }
  const keys = new Set<number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const add = (a: number, b: number) => {
    if (a === b || keys.has(a * n + b) || keys.has(b * n + a)) return;
    keys.add(a * n + b);
    sources.push(a);
    targets.push(b);
  };
  for (let v = actors; v < n; v++) add(int(actors), v);
  const wanted = Math.round(n * linksPerNode);
  for (let guard = 0; sources.length < wanted && guard < wanted * 50; guard++) {
    const a = pick(locals);
    const roll = random();
    if (roll < 0.12 && a < actors && nationals.length > 0) add(a, pick(nationals));
    else if (roll < 0.2 && a >= actors && funders.length > 0) add(pick(funders), a);
    else {
      const near = byDep[departement[a] as number] ?? [];
      add(a, random() < 0.8 && near.length > 1 ? pick(near) : pick(locals));
    }
  }
  return { n, profiles, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}
