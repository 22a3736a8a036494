/**
 * A reproducible sequence of filter changes, like a person exploring: toggle a practice, a
 * profile, a scope, pick a région, clear everything now and then.
 */
import { EMPTY_FILTERS, type Filters } from '../src/core/filters';
import { createRandom } from '../src/pipeline/sample/random';
import { PRACTICES, PROFILES, SCOPES } from '../src/core/vocabulary';

export function filterChanges(count: number, regions: readonly string[], seed = 7): Filters[] {
  const random = createRandom(seed);
  const out: Filters[] = [];
  let f: Filters = EMPTY_FILTERS;
  for (let i = 0; i < count; i += 1) {
    const roll = random.next();
    if (roll < 0.35) f = { ...f, practices: toggle(f.practices, random.pick(PRACTICES.codes)) };
    else if (roll < 0.6) f = { ...f, profiles: toggle(f.profiles, random.pick(PROFILES.codes)) };
    else if (roll < 0.75) f = { ...f, scopes: toggle(f.scopes, random.pick(SCOPES.codes)) };
    else if (roll < 0.92 && regions.length > 0) f = { ...f, regions: toggle(f.regions, random.pick(regions)) };
    else f = EMPTY_FILTERS;
    out.push(f);
  }
  return out;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
