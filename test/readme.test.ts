import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CODES } from '../src/index';

const README = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it('lists every catalog code in its codes table', () => {
    const listed = new Set([...README.matchAll(/^\| (-?\d+) \|/gm)].map((m) => Number(m[1])));
    expect(CARD_ERROR_CODES.filter((code) => !listed.has(code))).toEqual([]);
  });

  it('gives the two commands a newcomer types', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm test');
  });
});
