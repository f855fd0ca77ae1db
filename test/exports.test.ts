import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
  // Issue 23 added two: summarizeCardErrors and CardErrorSummary (their types by ReturnType and ComponentProps).
  it(`exports at most ${MAX_PUBLIC_NAMES} names from wechat-card-errors, values and types together (27 today)`, () => {
    expect(MAIN.length).toBeLessThanOrEqual(27);
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
