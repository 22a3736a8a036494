/**
 * `npm run bench:derived`: only the proof that derived state is built once (a minute): builds the
 * app (bench/.out/dist), visits it as a person does and checks the counts (`derived-builds.ts`).
 */
import { fileURLToPath } from 'node:url';
import { HOST, launch, startPreview } from './browser-bench';
import { formatBudget, passes } from './budgets';
import { buildApp } from './build';
import { derivedBudgets, derivedBuilds } from './derived-builds';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env['ATLAS_BENCH_PORT'] ?? 4179);

buildApp(ROOT, 'always');

const server = await startPreview(ROOT, PORT);
const browser = await launch();
try {
  const counts = await derivedBuilds(browser, `http://${HOST}:${PORT}/`);
  console.table(counts);
  const budgets = derivedBudgets(counts);
  for (const b of budgets) console.log(formatBudget(b));
  if (!budgets.every(passes)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
