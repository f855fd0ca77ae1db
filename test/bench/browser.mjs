// What run.mjs and profile.mjs share: the bench page bundled for the browser, and Chromium launched
// as the story tests launch it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';

const ROOT = resolve(import.meta.dirname, '../..');

/** The flags vite.config.ts gives Chromium for the story tests, read from there to stay one list. */
function chromiumArgs() {
  const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
  const list = /const CHROMIUM_ARGS = \[([\s\S]*?)\];/.exec(config)?.[1];
  if (!list) throw new Error('CHROMIUM_ARGS not found in vite.config.ts');
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

/** A page with test/bench/page.tsx loaded (production React); `minify: false` keeps names for profiles. */
export async function openBenchPage({ minify }) {
  const bundle = await build({
    entryPoints: [join(ROOT, 'test/bench/page.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs() });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  return { browser, page, errors };
}
