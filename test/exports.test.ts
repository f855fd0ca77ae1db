import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as entry from '../src/index';

// Issue 19: the public door had grown to 53 names (64 before issue 12), 16 of which nothing outside
// used. It holds what the README teaches: at most 30 names, values and types together, and today 25
// so that the planned additions (a batch summary, WeChat Pay) still fit. A new export fails here until
// the README documents it and the count allows it.

/** The most names the main entry may export (issue 19). */
const MAX_PUBLIC_NAMES = 30;

const README = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

/**
 * Every name a source entry exports, values and types alike, following `export *` into the files it
 * names. Reads the source text: types leave no trace at run time, so `import *` cannot count them.
 */
function exportedNames(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const names: string[] = [];
  for (const [, list] of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of (list ?? '').split(',')) {
      const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
      if (name) names.push(name);
    }
  }
  for (const [, from] of source.matchAll(/export\s+\*\s+from\s+'([^']+)'/g)) {
    names.push(...exportedNames(resolve(dirname(file), (from ?? '').replace(/\.js$/, '.ts'))));
  }
  for (const [, name] of source.matchAll(/export\s+(?:declare\s+)?(?:const|function|class|type|interface|enum)\s+(\w+)/g)) {
    if (name) names.push(name);
  }
  return [...new Set(names)].sort();
}

const MAIN = exportedNames(resolve(process.cwd(), 'src/index.ts'));

describe('the public door', () => {
  // Issue 23 added two: summarizeCardErrors and CardErrorSummary (their types by ReturnType and ComponentProps);
  // issue 19's doors one, WECHAT_PAY_CODES (the tests and the Catalog's WeChat Pay pages list codes from it).
  it(`exports at most ${MAX_PUBLIC_NAMES} names from wechat-card-errors, values and types together (28 today)`, () => {
    expect(MAIN.length).toBeLessThanOrEqual(28);
  });

  it('counts every value the entry really exports (the source reading misses none)', () => {
    expect(Object.keys(entry).filter((name) => !MAIN.includes(name))).toEqual([]);
    expect(Object.keys(entry).length).toBeGreaterThan(10);
  });

  it('documents each name in the README', () => {
    expect(MAIN.filter((name) => !new RegExp(`\`[^\`]*\\b${name}\\b`).test(README))).toEqual([]);
  });

  it('gives /bare and /core no name the main entry lacks', () => {
    const others = ['src/bare.ts', 'src/server.ts'].flatMap((file) => exportedNames(resolve(process.cwd(), file)));
    expect(others.filter((name) => !MAIN.includes(name))).toEqual([]);
    expect(MAIN.length).toBeLessThanOrEqual(MAX_PUBLIC_NAMES);
  });
});

/** Every source file under a folder of the repository, folders named like node_modules skipped. */
function sourceFiles(folder: string): string[] {
  return readdirSync(resolve(process.cwd(), folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]sx?|mdx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Issue 19: "no story or test imports a file under src/ other than the public doors". The doors are the
// entries package.json publishes (index; server, the `/core` entry; bare) and the stylesheet. Counted:
// `from '…'`, `import '…'`, `import('…')` and `importActual('…')`, also inside strings a bench hands to
// esbuild. Not counted: the paths of `vi.mock` / `vi.doMock`, which replace an internal module to play a
// build (the /bare words, the lazy zh-Hant chunk) and import nothing.
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|importActual(?:<[^>]*>)?\(\s*)['"]([^'"]*\bsrc\/[^'"]*)['"]/g;
const DOOR = /\bsrc\/(?:(?:index|server|bare)(?:\.[jt]sx?)?|components\/styles\.css(?:\?raw)?)$/;

describe('tests and stories go through the public doors', () => {
  const imports = ['test', 'stories', '.storybook'].flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, path]) => `${file.slice(process.cwd().length + 1)}: ${path}`),
  );

  it('imports nothing under src/ but src/index, src/server, src/bare and the stylesheet', () => {
    expect(imports.length).toBeGreaterThan(40);
    expect(imports.filter((line) => !DOOR.test(line))).toEqual([]);
  });
});
