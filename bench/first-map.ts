/**
 * `npm run bench:first-map`: only the cold first interactive map on the default data, the budget
 * that moves with every change to the first view (the full `npm run bench` takes minutes).
 * Builds the app (bench/.out/dist), loads it cold `ATLAS_BENCH_RUNS` times (default 9) and checks the budget.
 */
import { fileURLToPath } from 'node:url';
import { coldLoads, HOST, launch, startPreview } from './browser-bench';
import { formatBudget, LIMITS, passes, type Budget } from './budgets';
import { buildApp } from './build';
import { summarize } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env['ATLAS_BENCH_PORT'] ?? 4179);
const RUNS = Number(process.env['ATLAS_BENCH_RUNS'] ?? 9);

buildApp(ROOT, 'always');

const server = await startPreview(ROOT, PORT);
const browser = await launch();
try {
  const cold = await coldLoads(browser, `http://${HOST}:${PORT}/`, RUNS);
  const { median, p95 } = summarize(cold.runs);
  console.log(`first interactive map, default data, cold: ${cold.runs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, heap ${cold.heapMb.toFixed(1)} MB`);
  const budget: Budget = {
    name: 'first interactive map, default data, cold (median)',
    value: median,
    limit: LIMITS.firstInteractiveMs,
    unit: 'ms',
    kind: 'max',
  };
  console.log(formatBudget(budget));
  if (!passes(budget)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
