// After `tsc -p src/tsconfig.build.json`: dist/i18n/resources.d.ts types the copy as `typeof en`, with
// `import en from '../../locales/en/cardError.json'`. A JSON import in a .d.ts breaks consumers on
// `module: node16` (needs resolveJsonModule) and `nodenext` (needs an import attribute that tsc drops),
// so this replaces it with the file's shape written out as a type.
import { readFileSync, writeFileSync } from 'node:fs';

const DTS = 'dist/i18n/resources.d.ts';
const IMPORT = /^import (\w+) from '\.\.\/\.\.\/locales\/en\/cardError\.json'( with \{[^}]*\})?;$/m;

/** The TypeScript type of a JSON value whose leaves are strings, as `declare const` would read it. */
function typeOf(value, indent = '') {
  if (typeof value === 'string') return 'string';
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`unexpected JSON value: ${value}`);
  const inner = `${indent}  `;
  const fields = Object.entries(value).map(([key, v]) => `${inner}${JSON.stringify(key)}: ${typeOf(v, inner)};`);
  return `{\n${fields.join('\n')}\n${indent}}`;
}

const dts = readFileSync(DTS, 'utf8');
const match = IMPORT.exec(dts);
if (!match) throw new Error(`${DTS}: no import of locales/en/cardError.json to inline`);
const en = JSON.parse(readFileSync('locales/en/cardError.json', 'utf8'));
writeFileSync(DTS, dts.replace(IMPORT, `declare const ${match[1]}: ${typeOf(en)};`));
