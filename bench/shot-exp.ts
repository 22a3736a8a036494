import { preview } from 'vite';
import { launch, HOST } from './browser-bench';
const server = await preview({ root: process.cwd(), logLevel: 'warn', preview: { host: HOST, port: 4211, strictPort: true, open: false } });
const browser = await launch();
const shots = JSON.parse(process.argv[2]!) as { path: string; w: number; h: number; out: string; click?: string }[];
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w, height: s.h }, locale: 'fr-FR' });
  const page = await ctx.newPage();
  await page.goto(`http://${HOST}:4211/${s.path}`);
  await page.waitForFunction(() => document.documentElement.dataset['mapReady'] === 'true' || document.querySelector('.list-view'), null, { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1500);
  if (s.click) { await page.locator(s.click).first().click(); await page.waitForTimeout(800); }
  await page.screenshot({ path: s.out });
  await ctx.close();
}
await browser.close(); await server.close();
