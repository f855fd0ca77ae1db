// Writes the README's WeChat Pay codes table from the catalog's routing tables: a row per code (its own
// case) and per code + message pattern. `npm run readme:tables`. The tables are internal (issue 19: tests
// and stories reach the kit through its public doors only), so this script bundles them with esbuild and
// runs the bundle; test/readme.test.ts then checks each row against what describeCardError tells.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSource, ROOT } from './load-source.mjs';

const README = resolve(ROOT, 'README.md');
const PAY_TABLE = /(<!-- pay-codes:start -->\n)([\s\S]*?)(<!-- pay-codes:end -->)/;

/** The catalog's WeChat Pay tables and the English words, bundled into one ES module and loaded. */
async function loadTables() {
  return loadSource(
    "export { WECHAT_PAY_CATALOG } from './src/catalog/wechatpay.ts';\n" +
      "export { WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES } from './src/catalog/wechatpayRoutes.ts';\n" +
      "export { default as en } from './locales/en/cardError.json';\n",
  );
}

const { WECHAT_PAY_CATALOG, WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES, en } = await loadTables();

const row = (code, message, found) => {
  const { category, severity, action, retryable } = WECHAT_PAY_CATALOG[found];
  return `| ${code} | ${message} | ${en.category[category]} | ${severity} | ${action} | ${retryable ? 'yes' : 'no'} | ${en.pay[found].message} |`;
};
const rows = [
  ...Object.entries(WECHAT_PAY_CASE_BY_CODE).map(([code, found]) => row(code, 'any other', found)),
  ...WECHAT_PAY_MESSAGES.map(({ code, includes, case: found }) => row(code, includes, found)),
].sort();

const before = readFileSync(README, 'utf8');
const after = before.replace(PAY_TABLE, (_all, start, _rows, end) => `${start}${rows.join('\n')}\n${end}`);
if (after !== before) writeFileSync(README, after);
console.log(`README: ${rows.length} WeChat Pay rows${after === before ? ', unchanged' : ', rewritten'}.`);
