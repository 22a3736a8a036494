import { generateDataset } from './datasets';
import { benchDomain } from './domain-bench';
for (const n of [1000, 10000]) {
  const d = await generateDataset(n, 'public/data');
  const regions = [...new Set(d.actors.features.map((f) => f.properties.region).filter(Boolean))] as string[];
  console.log(JSON.stringify(benchDomain(d, regions)));
}
