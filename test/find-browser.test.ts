// The browser discovery of .ci/find-browser.mjs (issue 20: `npm test` hard-coded Debian's /usr/bin/chromium),
// over a fake file system and environment.
import { describe, expect, it } from 'vitest';
import { findBrowser, usualPlaces } from '../.ci/find-browser.mjs';

/** A file system holding exactly `files`. */
const only = (...files: string[]) => (path: string) => files.includes(path);
const noPlaywright = () => null;

describe('findBrowser', () => {
  it('takes CARD_ERRORS_BROWSER first, even when a usual place has one', () => {
    const found = findBrowser({
      env: { CARD_ERRORS_BROWSER: '/opt/my/chrome', CHROME_PATH: '/other/chrome' },
      platform: 'linux',
      exists: only('/opt/my/chrome', '/other/chrome', '/usr/bin/chromium'),
      playwright: noPlaywright,
    });
    expect(found).toEqual({ path: '/opt/my/chrome', source: 'CARD_ERRORS_BROWSER' });
  });

  it('takes CHROME_PATH when CARD_ERRORS_BROWSER is not set', () => {
    const found = findBrowser({ env: { CHROME_PATH: '/c' }, platform: 'linux', exists: only('/c', '/usr/bin/chromium'), playwright: noPlaywright });
    expect(found).toEqual({ path: '/c', source: 'CHROME_PATH' });
  });

  it('stops with the name and path when the variable names a missing file, instead of testing in another browser', () => {
    const found = findBrowser({ env: { CARD_ERRORS_BROWSER: '/gone' }, platform: 'linux', exists: only('/usr/bin/chromium'), playwright: noPlaywright });
    expect(found.path).toBeNull();
    expect('problem' in found && found.problem).toMatch(/CARD_ERRORS_BROWSER=\/gone, but there is no file there/);
  });

  it.each([
    ['linux', {}, '/usr/bin/chromium-browser'],
    ['linux', {}, '/usr/bin/google-chrome'],
    ['darwin', { HOME: '/Users/ann' }, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', { HOME: '/Users/ann' }, '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['win32', { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    ['win32', { PROGRAMFILES: 'C:\\Program Files' }, 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
  ] as const)('finds a browser in a usual place on %s: %s', (platform, env, path) => {
    expect(findBrowser({ env, platform, exists: only(path), playwright: noPlaywright })).toEqual({ path, source: 'usual place' });
  });

  it("prefers a usual place to Playwright's own copy, and falls back to that copy", () => {
    const playwright = () => '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium', playwright()), playwright })).toEqual({
      path: '/usr/bin/chromium',
      source: 'usual place',
    });
    expect(findBrowser({ env: {}, platform: 'linux', exists: only(playwright()), playwright })).toEqual({ path: playwright(), source: 'playwright' });
  });

  it("ignores Playwright's path when nothing was downloaded there", () => {
    const found = findBrowser({ env: {}, platform: 'linux', exists: only(), playwright: () => '/not/downloaded/chrome' });
    expect(found.path).toBeNull();
  });

  it.each(['linux', 'darwin', 'win32'])('on %s with no browser, says how to get one', (platform) => {
    const found = findBrowser({ env: {}, platform, exists: only(), playwright: noPlaywright });
    expect(found.path).toBeNull();
    const problem = 'problem' in found ? found.problem : '';
    expect(problem).toMatch(/npx playwright install chromium/);
    expect(problem).toMatch(/CARD_ERRORS_BROWSER=/);
  });

  it('never lists a Windows folder that is not set', () => {
    expect(usualPlaces('win32', { PROGRAMFILES: 'C:\\Program Files' }).every((path) => path.startsWith('C:\\Program Files\\'))).toBe(true);
  });
});
