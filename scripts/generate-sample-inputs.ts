/** The communes and départements the sample generator draws from, taken from the gazetteer. */
import type { Gazetteer } from '../src/core/gazetteer';
import type { SampleCommune } from '../src/pipeline/sample/generator';

export function sampleInputs(g: Gazetteer) {
  const c = g.communes;
  const communes: SampleCommune[] = [];
  for (let i = 0; i < c.code.length; i += 1) {
    if (c.parent[i] !== '') continue;
    communes.push({ code: c.code[i] ?? '', name: c.name[i] ?? '', departement: c.dep[i] ?? '', population: c.population[i] ?? 0 });
  }
  const departements = g.departements.map((d) => ({ code: d.code, name: d.name, population: d.population }));
  return { communes, departements };
}
