/**
 * Builds `public/data/fragility.json` (the IMPACT fragility indices, scored for the radar) from
 * `data/fragility-impact-2020.csv`. Run on its own: `npx tsx scripts/build-fragility.ts`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/core/csv';
import { buildFragility, type FragilityProblem } from '../src/pipeline/fragility-sheet';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FRAGILITY_INPUT = resolve(ROOT, 'data/fragility-impact-2020.csv');
export const FRAGILITY_OUTPUT = resolve(ROOT, 'public/data/fragility.json');
const JSON_INDENT = 2;

/**
 * Reads the CSV, builds the data and writes it as indented JSON. The key order is the order in
 * which the domain builds its objects (integer-like region codes first, as JSON.stringify puts
 * them), so the same CSV always gives the same bytes. Returns the problems (CSV syntax included);
 * the file is written with the indices that passed.
 */
export async function buildFragilityFile(inputPath: string, outputPath: string): Promise<FragilityProblem[]> {
  const table = parseCsv(await readFile(inputPath, 'utf8'));
  const { data, problems } = buildFragility(table.rows);
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, `${JSON.stringify(data, null, JSON_INDENT)}\n`, 'utf8');
  const syntax = table.problems.map((p) => ({ line: p.line, column: '', value: '', message: p.message }));
  return [...syntax, ...problems];
}

function describe(p: FragilityProblem): string {
  const column = p.column ? ` [${p.column}]` : '';
  const value = p.value ? ` « ${p.value} »` : '';
  return `ligne ${p.line}${column}${value} : ${p.message}`;
}

async function main(): Promise<void> {
  const problems = await buildFragilityFile(FRAGILITY_INPUT, FRAGILITY_OUTPUT);
  for (const p of problems) console.error(describe(p));
  console.log(`${FRAGILITY_OUTPUT.slice(ROOT.length + 1)} écrit, ${problems.length} problème(s).`);
  if (problems.length > 0) process.exitCode = 1;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  await main();
}
