#!/usr/bin/env node
/*
 * Finds the Chromium-family browser the story tests run in (vite.config.ts), so `npm test` runs on any
 * developer's machine, not only where Debian put /usr/bin/chromium. In order:
 *   1. CARD_ERRORS_BROWSER (or CHROME_PATH, which Puppeteer-era tools already set): a path to the binary;
 *   2. the usual places of Chromium and Google Chrome on Linux, macOS and Windows;
 *   3. Playwright's own Chromium, if `npx playwright install chromium` has downloaded it.
 * `node .ci/find-browser.mjs` prints the path, or says how to get a browser and exits 1 (npm test's first step).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The environment variables read first, in order; the README names them. */
export const BROWSER_ENV_VARS = ['CARD_ERRORS_BROWSER', 'CHROME_PATH'];

/** Where Chromium and Chrome install themselves, per `process.platform`, given the environment (Windows folders). */
export function usualPlaces(platform, env) {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? '', 'Applications')];
    return apps.flatMap((dir) => [
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.flatMap((root) => [
      `${root}\\Chromium\\Application\\chrome.exe`,
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
    ]);
  }
  // Linux and the BSDs: Debian/Ubuntu, Fedora/openSUSE, Arch, snap, Google's own packages.
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

/** Playwright's downloaded Chromium, or null when playwright is absent (before `npm ci`) or has none. */
export function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    return require('playwright-core').chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/** What to tell someone who has no browser the tests can use. */
export function howToGetOne(platform) {
  const install =
    platform === 'darwin'
      ? 'brew install --cask chromium (or install Google Chrome)'
      : platform === 'win32'
        ? 'install Google Chrome or Chromium'
        : 'apt-get install chromium / dnf install chromium / pacman -S chromium (or install Google Chrome)';
  return [
    'No Chromium or Chrome found for the story tests. Any one of these works:',
    `  - ${install};`,
    '  - npx playwright install chromium   (Playwright\'s own copy, found automatically);',
    `  - point ${BROWSER_ENV_VARS[0]} at a Chromium-family binary: ${BROWSER_ENV_VARS[0]}=/path/to/chrome npm test`,
  ].join('\n');
}

/**
 * The browser to test in: `{ path, source }` (source: the variable's name, 'usual place' or 'playwright'),
 * or `{ path: null, problem }` when there is none. A variable that names a missing file is a problem, not
 * a reason to quietly test in another browser. Never throws. `exists` and `playwright` are injectable for tests.
 */
export function findBrowser({
  env = process.env,
  platform = process.platform,
  exists = existsSync,
  playwright = playwrightChromium,
} = {}) {
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (!path) continue;
    if (exists(path)) return { path, source: name };
    return { path: null, problem: `${name}=${path}, but there is no file there.\n${howToGetOne(platform)}` };
  }
  const usual = usualPlaces(platform, env).find((path) => exists(path));
  if (usual) return { path: usual, source: 'usual place' };
  const bundled = playwright();
  if (bundled && exists(bundled)) return { path: bundled, source: 'playwright' };
  return { path: null, problem: howToGetOne(platform) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findBrowser();
  if (found.path === null) {
    console.error(`\n${found.problem}\n`);
    process.exit(1);
  }
  if (!process.argv.includes('--quiet')) console.log(`browser (${found.source}): ${found.path}`);
}
