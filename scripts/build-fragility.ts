/**
 * Builds `public/data/fragility.json` (the IMPACT fragility indices, scored for the radar) from
 * `data/fragility-impact-2020.csv`. Run on its own: `npx tsx scripts/build-fragility.ts`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FragilityProblem } from '../src/pipeline/fragility-sheet';
import { fragilityFile } from '../src/pipeline/run-pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FRAGILITY_INPUT = resolve(ROOT, 'data/fragility-impact-2020.csv');
export const FRAGILITY_OUTPUT = resolve(ROOT, 'public/data/fragility.json');

/** Reads the CSV and writes `fragility.json` with the indices that passed; returns the problems. */
export async function buildFragilityFile(inputPath: string, outputPath: string): Promise<FragilityProblem[]> {
  const { text, problems } = fragilityFile(await readFile(inputPath, 'utf8'));
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, text, 'utf8');
  return problems;
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
