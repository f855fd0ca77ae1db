#!/usr/bin/env node
// Screenshots of the built Storybook for the README, in headless Debian chromium (not part of npm test).
//
//   npm run build-storybook && node stories/screenshots.mjs [name ...]
//
// Serves storybook-static/ on a free local port, opens each story's iframe with the toolbar globals
// in the URL, waits for what the story shows, and writes stories/screenshots/<name>.png.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC = join(ROOT, 'storybook-static');
const OUT = join(ROOT, 'stories', 'screenshots');

/** In context: add stock for the sold-out coupon and save; WeChat is busy (-1), a toast offers Retry. */
async function addStockWhileWeChatIsBusy(root) {
  await root.locator('tbody tr').nth(1).locator('button').first().click();
  await root.locator('form button[type="submit"]').first().click();
}

/** The shots: story id, toolbar globals, clicks to make (`act`), what to wait for, what to clip to, the viewport. */
const SHOTS = [
  {
    name: 'catalog-zh-CN',
    story: 'catalog--current-language',
    globals: 'locale:zh-CN;theme:light',
    ready: 'tbody tr',
    viewport: { width: 1280, height: 760 },
  },
  {
    name: 'catalog-both-languages-dark',
    story: 'catalog--all-languages',
    globals: 'locale:en;theme:dark',
    ready: 'tbody tr',
    viewport: { width: 1280, height: 760 },
  },
  {
    name: 'in-context-zh-CN',
    story: 'in-context--every-action-fails',
    globals: 'locale:zh-CN;theme:light',
    // The play function's last step: the 40100 alert's "Edit details" put the cursor back in the form.
    ready: 'section:has([data-code="40100"]) input:focus',
    viewport: { width: 1100, height: 1100 },
  },
  {
    name: 'toast-zh-CN',
    story: 'in-context--coupon-admin-page',
    globals: 'locale:zh-CN;theme:light',
    act: addStockWhileWeChatIsBusy,
    ready: '.cek-toast[data-severity="warning"]',
    clip: '.cek-toast',
    viewport: { width: 1100, height: 760 },
  },
  {
    name: 'toast-en-dark',
    story: 'in-context--coupon-admin-page',
    globals: 'locale:en;theme:dark',
    act: addStockWhileWeChatIsBusy,
    ready: '.cek-toast[data-severity="warning"]',
    clip: '.cek-toast',
    viewport: { width: 1100, height: 760 },
  },
];

/** Margin around a clipped element, so its border and shadow show. */
const CLIP_MARGIN = 24;

/** Chromium's flags, read from vite.config.ts so the tests and the screenshots launch it alike. */
function chromiumArgs() {
  const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
  const list = /const CHROMIUM_ARGS = \[([^\]]*)\]/.exec(config)?.[1];
  if (!list) throw new Error('CHROMIUM_ARGS not found in vite.config.ts');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** A static file server for storybook-static/ on a free port. */
async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(STATIC, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

const wanted = process.argv.slice(2);
const shots = wanted.length ? SHOTS.filter((shot) => wanted.includes(shot.name)) : SHOTS;
await readFile(join(STATIC, 'iframe.html')).catch(() => {
  throw new Error('No storybook-static/: run `npm run build-storybook` first.');
});
await mkdir(OUT, { recursive: true });
const server = await serve();
const { port } = server.address();
/** The POSIX locale Chromium is started in, per shot language. */
const POSIX_LOCALE = { 'zh-CN': 'zh_CN', 'en-US': 'en_US' };

/**
 * One browser per language: Chromium draws native controls (the date inputs) in the language of its
 * process environment, not in `--lang` or the page's locale. zh-CN needs Debian's chromium-l10n.
 */
const browsers = new Map();
const browserFor = async (locale) => {
  if (!browsers.has(locale)) {
    const posix = POSIX_LOCALE[locale];
    const env = { ...process.env, LANG: `${posix}.UTF-8`, LANGUAGE: `${posix}:${locale.slice(0, 2)}`, LC_ALL: `${posix}.UTF-8` };
    browsers.set(locale, await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs(), env }));
  }
  return browsers.get(locale);
};
try {
  for (const shot of shots) {
    // The browser's language too, not only the kit's.
    const locale = shot.globals.includes('locale:zh-CN') ? 'zh-CN' : 'en-US';
    const browser = await browserFor(locale);
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1, locale });
    const url = `http://127.0.0.1:${port}/iframe.html?id=${shot.story}&viewMode=story&globals=${shot.globals}`;
    page.on('pageerror', (error) => console.error(`${shot.name}: ${error.message}`));
    await page.goto(url);
    const root = page.locator('#storybook-root');
    if (shot.act) {
      await root.locator('tbody tr').first().waitFor({ timeout: 15000 });
      await shot.act(root);
    }
    await root.locator(shot.ready).first().waitFor({ timeout: 15000 });
    await page.evaluate(() => document.fonts.ready);
    // Let entry animations finish: the screenshot shows the final frame.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const file = join(OUT, `${shot.name}.png`);
    const box = shot.clip ? await root.locator(shot.clip).first().boundingBox() : null;
    const clip = box && {
      x: Math.max(0, box.x - CLIP_MARGIN),
      y: Math.max(0, box.y - CLIP_MARGIN),
      width: Math.min(shot.viewport.width - Math.max(0, box.x - CLIP_MARGIN), box.width + 2 * CLIP_MARGIN),
      height: Math.min(shot.viewport.height - Math.max(0, box.y - CLIP_MARGIN), box.height + 2 * CLIP_MARGIN),
    };
    await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    console.log(`${shot.name}: ${file}`);
    await page.close();
  }
} finally {
  for (const browser of browsers.values()) await browser.close();
  server.close();
}
