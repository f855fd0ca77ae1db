import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CARD_ERROR_LANGUAGES,
  describeCardError,
  type CardErrorCode,
  type CardErrorLanguage,
} from '../src/index';
import enFile from '../locales/en/cardError.json';
import zhFile from '../locales/zh-CN/cardError.json';
import { BUTTON_ACTIONS, CATEGORIES, CODE_BY_LANGUAGE, HAN, SEVERITIES } from './helpers';

/**
 * Codes that are `retryable` although their button is neither Retry nor refreshToken, each with the
 * reason (issue 11, rule 2: Retry only when the identical request, sent again now, can succeed).
 */
const RETRYABLE_WITH_OTHER_ACTION: Readonly<Record<number, string>> = {};

/** The 25 codes of WeChat's card-coupon return-code page (shared/seed). */
const SEED_CODES = [
  -1, 0, 40009, 40013, 40053, 40071, 40072, 40078, 40079, 40080, 40099, 40100, 40116, 40122, 40124,
  40127, 41012, 45030, 45031, 45033, 41011, 45021, 40056, 43009, 43010,
];

/** Every code of shared/reference/wechat-codes.tsv (82 distinct, all card-relevant). */
const REFERENCE_CODES = [
  -1, 0, 40009, 40013, 40053, 40071, 40072, 40078, 40079, 40080, 40099, 40100, 40116, 40122, 40124,
  40127, 41012, 45030, 45031, 45033, 41011, 45021, 40056, 43009, 43010, 40001, 40002, 40003, 40014,
  40033, 41001, 41002, 41004, 42001, 43002, 43003, 44002, 45009, 45011, 47001, 48001, 48004, 50002,
  40125, 40243, 40164, 89501, 89503, 89506, 89507, 61003, 61004, 61007, 61016, 61023, 61024, 50004,
  50007, 40097, 40070, 40073, 40075, 40107, 40109, 40110, 40111, 40135, 40136, 40139, 40145, 40146,
  40150, 40151, 40158, 41013, 43017, 43018, 45029, 45039, 45041, 45042, 45160,
];

/** Codes card calls were seen returning that the table above lacks: shared/reference/more-card-codes.tsv. */
const MORE_REFERENCE_CODES = [61501, 52000, 61006];

/**
 * Card codes of WeChat's Open Platform return-code table found in public SDK code tables (WxJava's
 * WxOpenErrorMsgEnum, a C# SDK's errcode switch); src/catalog/codes.ts says where each was seen.
 */
const SDK_TABLE_CODES = [43011, 40147];

/**
 * The errcode columns of the reference tables, copied into test/reference/ (they were read from ../shared/,
 * so a clean clone skipped both checks). One code a line after a provenance comment.
 */
const REFERENCE_TSV = resolve(process.cwd(), 'test/reference/wechat-codes.txt');
const MORE_REFERENCE_TSV = resolve(process.cwd(), 'test/reference/more-card-codes.txt');

/** The distinct codes of one test/reference/ file. */
function referenceCodes(path: string): number[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n').filter((line) => !line.startsWith('#'));
  return [...new Set(lines.map(Number))].sort((a, b) => a - b);
}

describe('catalog', () => {
  it('knows every code a card-coupon call is known to return', () => {
    expect(new Set(REFERENCE_CODES).size).toBe(82);
    expect(REFERENCE_CODES.filter((code) => !CARD_ERROR_CODES.includes(code as CardErrorCode))).toEqual([]);
  });

  it('matches the reference table, code for code', () => {
    expect(referenceCodes(REFERENCE_TSV)).toEqual([...REFERENCE_CODES].sort((a, b) => a - b));
  });

  it('knows every code of the second reference table', () => {
    expect(referenceCodes(MORE_REFERENCE_TSV)).toEqual([...MORE_REFERENCE_CODES].sort((a, b) => a - b));
  });

  it('knows the codes added from both reference tables and the SDK code tables, and no others', () => {
    const expected = new Set([...REFERENCE_CODES, ...MORE_REFERENCE_CODES, ...SDK_TABLE_CODES]);
    expect([...CARD_ERROR_CODES].filter((code) => !expected.has(code))).toEqual([]);
    expect([...expected].filter((code) => !CARD_ERROR_CODES.includes(code as CardErrorCode))).toEqual([]);
  });

  it('knows every code of the card-coupon return-code page', () => {
    for (const code of SEED_CODES) expect(CARD_ERROR_CODES, `errcode ${code}`).toContain(code);
  });

  it.each(CARD_ERROR_CODES)('gives %i a severity, action and category from the closed sets', (code) => {
    const entry = CARD_ERROR_CATALOG[code];
    expect(SEVERITIES).toContain(entry.severity);
    expect(['none', ...BUTTON_ACTIONS]).toContain(entry.action);
    expect(CATEGORIES).toContain(entry.category);
    expect(typeof entry.retryable).toBe('boolean');
  });

  it('treats 0 as success and every other code as a failure', () => {
    expect(CARD_ERROR_CATALOG[0].severity).toBe('success');
    for (const code of CARD_ERROR_CODES.filter((c) => c !== 0)) {
      expect(CARD_ERROR_CATALOG[code].severity, `errcode ${code}`).not.toBe('success');
    }
  });

  it('says retrying helps when WeChat is busy, never for a redeemed code', () => {
    expect(CARD_ERROR_CATALOG[-1]).toMatchObject({ retryable: true, action: 'retry' });
    expect(CARD_ERROR_CATALOG[40099].retryable).toBe(false);
    expect(CARD_ERROR_CATALOG[45031].action).toBe('restock');
  });
});

describe.each(CODE_BY_LANGUAGE)('copy of errcode $code in $lng', ({ code, lng }) => {
  const view = describeCardError(code, { lng });

  it('is a known code with a message, a hint and a developer detail', () => {
    expect(view).toMatchObject({ code, known: true, lng });
    for (const text of [view.message, view.hint, view.detail]) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toMatch(/codes\.-?\d|unknown\.[a-z]|\{\{/); // never a raw key or placeholder
    }
  });

  it(lng === 'en' ? 'is written in English, with no Chinese' : 'is written in Chinese', () => {
    for (const text of [view.message, view.hint]) {
      if (lng !== 'en') expect(text).toMatch(HAN);
      else expect(text).not.toMatch(HAN);
    }
  });

  it('speaks to operators, not developers, in the message', () => {
    expect(view.message).not.toMatch(/illegal|invalid|不合法|请开发者|errmsg|card_id/i);
  });
});

describe('copy that the seed page got wrong', () => {
  it('says 40099 means already redeemed, not cancelled', () => {
    expect(describeCardError(40099, { lng: 'en' }).message).toMatch(/redeemed/i);
    expect(describeCardError(40099, { lng: 'en' }).message).not.toMatch(/cancel/i);
    expect(describeCardError(40099, { lng: 'zh-CN' }).message).toMatch(/核销/);
  });

  it('says 40124 is about too many custom fields', () => {
    expect(describeCardError(40124, { lng: 'en' }).message).toMatch(/custom fields/i);
    expect(describeCardError(40124, { lng: 'zh-CN' }).message).toMatch(/自定义/);
  });

  it('tells 40116 (wrong code) and 40056 (no such code on this card) apart', () => {
    for (const lng of ['en', 'zh-CN']) {
      expect(describeCardError(40116, { lng }).message).not.toBe(describeCardError(40056, { lng }).message);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Issue 11: the routing rules that can be checked mechanically, over every code × both locales.

type LocaleFile = typeof enFile;
const LOCALES = [
  ['en', enFile],
  ['zh-CN', zhFile],
] as const satisfies readonly (readonly [string, LocaleFile])[];

/** Every string leaf of a locale file as `path → text`. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
}

/** `toast.alt<Action>`: the toast's shared alternative text for an action kind. */
const altKey = (action: string) => `alt${action[0]!.toUpperCase()}${action.slice(1)}`;

/** The alternative text a code's toast reads: its own `codes.<code>.actionAlt`, else the action's. */
function altText(file: LocaleFile, code: number): string | undefined {
  const own = (file.codes as Record<string, Record<string, string>>)[String(code)]?.actionAlt;
  return own ?? (file.toast as Record<string, string>)[altKey(CARD_ERROR_CATALOG[code as CardErrorCode].action)];
}

describe('routing (issue 11)', () => {
  it.each(CARD_ERROR_CODES)('offers Retry for %i only when the same request can succeed', (code) => {
    const { retryable, action } = CARD_ERROR_CATALOG[code];
    if (!retryable || action === 'retry' || action === 'refreshToken') return;
    expect(RETRYABLE_WITH_OTHER_ACTION, `errcode ${code}: retryable with action ${action}, no reason written`).toHaveProperty(String(code));
  });

  it('writes down a reason for every retryable code whose button is not Retry', () => {
    for (const [code, reason] of Object.entries(RETRYABLE_WITH_OTHER_ACTION)) {
      expect(CARD_ERROR_CATALOG[Number(code) as CardErrorCode]?.retryable, `errcode ${code}`).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it.each(LOCALES)('%s: every action kind has a button label and a toast alternative text', (_lng, file) => {
    for (const action of BUTTON_ACTIONS) {
      expect((file.action as Record<string, string>)[action]?.trim(), `action.${action}`).toBeTruthy();
      expect((file.toast as Record<string, string>)[altKey(action)]?.trim(), `toast.${altKey(action)}`).toBeTruthy();
    }
  });

  it.each(LOCALES)('%s: every code with a button has an alternative text; none without one', (_lng, file) => {
    for (const code of CARD_ERROR_CODES) {
      const { action } = CARD_ERROR_CATALOG[code];
      const own = (file.codes as Record<string, Record<string, string>>)[String(code)]?.actionAlt;
      if (action === 'none') expect(own, `errcode ${code} has no button but an actionAlt`).toBeUndefined();
      else expect(altText(file, code)?.trim(), `errcode ${code}`).toBeTruthy();
    }
  });

  it('names WeChat on the contactSupport button: on a SaaS, plain "客服" reads as the vendor', () => {
    expect(zhFile.action.contactSupport).toMatch(/微信/);
    expect(enFile.action.contactSupport).toMatch(/WeChat/);
  });

  it('calls the platform 公众平台, never 公众号后台, in every zh-CN string', () => {
    expect(strings(zhFile).filter(([, text]) => text.includes('公众号后台')).map(([key]) => key)).toEqual([]);
  });

  it('calls a marked code 占用 everywhere (not 锁定 in one place and 标记 in another)', () => {
    expect(strings(zhFile).filter(([, text]) => /锁定|标记/.test(text)).map(([key]) => key)).toEqual([]);
    for (const code of [40146, 43018] as const) {
      expect(zhFile.codes[code].message).toMatch(/占用/);
      for (const field of ['message', 'hint', 'detail'] as const) {
        // WeChat's own errmsg (in quotes) may say "marked"; the kit's words do not.
        const ownWords = enFile.codes[code][field].replace(/"[^"]*"/g, '');
        expect(ownWords, `en ${code}.${field}`).not.toMatch(/\block|\bmarked (?!via)/i);
      }
    }
  });

  it('says "Try again" throughout the operator\'s English, never "Retry" beside it', () => {
    const operatorText = [
      ...CARD_ERROR_CODES.flatMap((code) => [enFile.codes[code].message, enFile.codes[code].hint]),
      ...Object.values(enFile.unknown),
      ...Object.values(enFile.action),
      ...Object.values(enFile.origins).flatMap((words) => [words.message, words.hint]),
      ...Object.values(enFile.toast),
    ];
    expect(operatorText.filter((text) => /\bretry/i.test(text))).toEqual([]);
  });
});

describe('examples from the issue 11 review', () => {
  it('89501/89503: the IP awaits the admin, so no Retry, no support button, not a vanishing info toast', () => {
    for (const code of [89501, 89503] as const) {
      expect(CARD_ERROR_CATALOG[code], `errcode ${code}`).toMatchObject({ retryable: false, action: 'askAdmin' });
      expect(CARD_ERROR_CATALOG[code].severity).not.toBe('info');
    }
  });

  it('89506/89507: only the admin who rejected the IP can clear it up, not WeChat support', () => {
    for (const code of [89506, 89507] as const) expect(CARD_ERROR_CATALOG[code].action).toBe('askAdmin');
  });

  it('45009: a daily quota is not retryable and offers no Retry', () => {
    expect(CARD_ERROR_CATALOG[45009].retryable).toBe(false);
    expect(CARD_ERROR_CATALOG[45009].action).not.toBe('retry');
  });

  it('40127: never promises the coupon works once the friend accepts it (the friend gets a new code)', () => {
    expect(zhFile.codes[40127].hint).not.toMatch(/领取或转赠退回后才能使用|领取后.*使用/);
    expect(enFile.codes[40127].hint).not.toMatch(/used once it's accepted/i);
    expect(zhFile.codes[40127].hint).toMatch(/新/);
    expect(enFile.codes[40127].hint).toMatch(/new/i);
  });

  it('50004: does not state a violation as fact where WeChat says "maybe for punishment"', () => {
    expect(zhFile.codes[50004].message).not.toMatch(/因违规/);
    expect(enFile.codes[50004].message).not.toMatch(/as a penalty/i);
  });

  it.each([45021, 40124, 40122, 40070] as const)('%i gives the limit WeChat documents', (code) => {
    for (const [lng, file] of LOCALES) expect(file.codes[code].hint, `${lng} ${code}`).toMatch(/\d/);
  });

  it('0: no filler hint on every success toast', () => {
    expect(zhFile.codes[0].hint).not.toMatch(/无需其他操作/);
    expect(enFile.codes[0].hint).not.toMatch(/nothing else to do/i);
  });

  it('tells the token codes one story: one Try again button, hint and alternative text say once more, then the developer', () => {
    for (const code of [40001, 40014, 42001, 41001] as const) {
      // Not refreshToken: beside the toast's Try again it made two buttons, and only the back end holds the token.
      expect(CARD_ERROR_CATALOG[code].action, `errcode ${code}`).toBe('retry');
      for (const [lng, file] of LOCALES) {
        const texts = [file.codes[code].hint, altText(file, code)!, file.action.retry];
        expect(texts.join(' '), `${lng} ${code}`).not.toMatch(/设置|settings/i);
        // One sentence for hint and alternative text: once more, then the developer.
        expect(altText(file, code), `${lng} ${code}`).toBe(file.codes[code].hint);
        expect(file.codes[code].hint, `${lng} ${code}`).toMatch(lng === 'en' ? /once more.*developer/i : /再.*技术人员/);
      }
    }
  });

  it('61003/61007/61016: the alternative text does not send the admin to mp.weixin.qq.com', () => {
    for (const code of [61003, 61007, 61016] as const) {
      for (const [lng, file] of LOCALES) {
        expect(altText(file, code), `${lng} ${code}`).not.toMatch(/mp\.weixin\.qq\.com|公众平台/);
        expect(altText(file, code), `${lng} ${code}`).toMatch(/third-party|第三方/);
      }
    }
  });

  it('says plainly that an unknown code has no description in the kit yet', () => {
    expect(zhFile.unknown.message).not.toMatch(/暂时无法说明/);
    expect(enFile.unknown.message).not.toMatch(/can't explain yet/);
  });
});

describe('button and hint tell the same story (issue 11, rule 3)', () => {
  /** Who the hint must name for each action kind whose button sends the operator to someone, per language. */
  const ACTOR: Partial<Record<string, Record<CardErrorLanguage, RegExp>>> = {
    askAdmin: { en: /admin/i, 'zh-CN': /管理员/, 'zh-Hant': /管理員/ },
    requestPermission: {
      en: /admin.*Official Accounts Platform/i,
      'zh-CN': /管理员.*公众平台/,
      'zh-Hant': /管理員.*公眾平台/,
    },
    contactDeveloper: { en: /developer|service provider/i, 'zh-CN': /技术人员|服务商/, 'zh-Hant': /技術人員|服務商/ },
  };
  // Only the rows whose button sends someone somewhere: each of them asserts (zh-Hant was `toMatch(undefined)`).
  const ROWS = CODE_BY_LANGUAGE.flatMap(({ code, lng }) => {
    const actor = ACTOR[CARD_ERROR_CATALOG[code as CardErrorCode].action];
    return actor ? [{ code, lng, actor: actor[lng] }] : [];
  });

  it('has rows in every language', () => {
    for (const lng of CARD_ERROR_LANGUAGES) expect(ROWS.filter((row) => row.lng === lng).length, lng).toBeGreaterThan(10);
  });

  it.each(ROWS)('errcode $code in $lng: the hint names whoever the button sends the operator to', ({ code, lng, actor }) => {
    expect(describeCardError(code, { lng }).hint).toMatch(actor);
  });
});
