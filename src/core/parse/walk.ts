// One walk over whatever was thrown: wrappers (axios, ofetch, umi, Error.cause), envelopes (RuoYi, Ant Design
// Pro, NestJS, Spring Boot, Jeecg), their payloads and error arrays (GraphQL `errors[]`), Mini Program
// callbacks and texts. Bounded: at most MAX_OBJECTS objects, MAX_DEPTH deep, MAX_ARRAY_ITEMS per array,
// MAX_TEXT_READ characters per text, each seen once.
import { validRid } from './inert.js';
import {
  GENERIC_CODE_FIELDS,
  MESSAGE_FIELDS,
  NESTED_FIELDS,
  STATUS_FIELDS,
  firstMessage,
  isCandidate,
  read,
  serverCodeOf,
  toErrcode,
  toInteger,
  toStatus,
  transportOf,
  weChatEvidence,
} from './fields.js';
import { addServerCode, addStatus, addWeChat, found, newFinding, type Finding } from './finding.js';
import { isHtml, readHtml } from './html.js';
import { isMiniProgramOk, miniProgramFailure } from './miniprogram.js';
import { findInText } from './text.js';
import { requestIdOf, wechatPayInRecord } from './wechatpay.js';
import { sdkStatusInText, wechatPayInText } from './wechatpayText.js';

/** How deep wrappers are followed: Error.cause → axios error → response → data → envelope → its data. */
const MAX_DEPTH = 6;
/** Most objects read in one input (a proxy that invents a new object on every read ends here). */
const MAX_OBJECTS = 32;
/** Longest string tried as a JSON body; longer ones are still searched as text. */
const MAX_JSON = 64 * 1024;
/** Most texts kept to recover a code from WeChat's errmsg. */
const MAX_TEXTS = 4;
/**
 * Most characters of one text ever read (the input cap): WeChat's replies are under 1 kB, an SDK puts the
 * errcode in its exception's first line, a Java stack trace with WeChat's raw body inside ("Caused by: …
 * 微信原始报文") fits in a few kB, and only MAX_ERRMSG_LENGTH characters are ever shown. Past 64 kB a body is
 * a log dump or a page, and reading it whole made a 50 MB body take seconds; the same bound as MAX_JSON.
 */
const MAX_TEXT_READ = 64 * 1024;
/**
 * Most items read in one array (GraphQL `errors[]`, ASP.NET `errors`, `details[]`): the first failure found
 * wins, and one per failing field is the usual list; a longer one still ends at MAX_OBJECTS.
 */
const MAX_ARRAY_ITEMS = 8;
/** Arrays whose text items are messages (elsewhere an array of strings is a payload: ids, names). */
const MESSAGE_ARRAYS: ReadonlySet<string> = new Set(['errors', 'details']);

/**
 * Walks an input; a number or numeric string of at most 7 digits passed on its own is an errcode (the caller
 * said so). A longer one (an order id, a phone number) is no errcode: its digits are the text.
 */
export function walkInput(input: unknown): Finding {
  const finding = newFinding();
  /** Objects and texts already read: a cycle ends, and one 1 MB text behind 30 causes is searched once. */
  const seen = new Set<unknown>();
  let objects = 0;

  function visitString(whole: string, depth: number, isMessage: boolean): void {
    const text = whole.length > MAX_TEXT_READ ? whole.slice(0, MAX_TEXT_READ) : whole;
    // A Mini Program's success callback says "request:ok": no words of the server's.
    if (seen.has(text) || isMiniProgramOk(text)) return;
    seen.add(text);
    const trimmedStart = text.length <= MAX_JSON ? text.trimStart() : '';
    if (trimmedStart.startsWith('{')) {
      // A raw body passed as text: '{"errcode":45031,…}', or an envelope's JSON.
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmedStart);
      } catch {
        // Not JSON after all: searched as text below.
      }
      if (parsed && typeof parsed === 'object') return visit(parsed, depth + 1);
    }
    let searched = text;
    if (isHtml(text)) {
      const html = readHtml(text);
      finding.title ??= html.title;
      searched = html.text;
    } else if (isMessage) {
      finding.text ??= text;
    } else {
      finding.bodyText ??= text;
    }
    // A Mini Program's fail `errMsg` (in its callback object, or as an Error's message): the request never
    // got an answer, so nothing in it is WeChat's ("request:fail errcode:-102 cronet_error_code:-102 …").
    const miniProgram = miniProgramFailure(text);
    if (miniProgram) {
      finding.transport ??= miniProgram;
      return;
    }
    if (!finding.wechat) addWeChat(finding, findInText(searched));
    finding.wechatpay ??= wechatPayInText(searched); // issue 22: an SDK text, v2 XML or v3 JSON of WeChat Pay's
    // An SDK text without a WeChat Pay code (wechatpay-go's `Code: ""`): its HTTP status is still the answer's.
    if (!finding.wechatpay) addStatus(finding, sdkStatusInText(searched));
    if (searched === text && finding.texts.length < MAX_TEXTS) finding.texts.push(text);
  }

  function visitObject(record: object, depth: number): void {
    if (seen.has(record) || ++objects > MAX_OBJECTS) return;
    seen.add(record);
    let isResponse = false;
    for (const field of STATUS_FIELDS) {
      const status = toStatus(toInteger(read(record, field)));
      isResponse ||= status !== null;
      addStatus(finding, status);
    }
    finding.rid ??= validRid(read(record, 'rid'));
    // Issue 22: WeChat Pay's Request-ID header; a WeChat Pay body decides before any generic field around it.
    finding.requestId ??= requestIdOf(read(record, 'headers'));
    const pay = wechatPayInRecord(record, wechatPayInText);
    if (pay) {
      finding.wechatpay ??= pay;
      return;
    }
    finding.failed ||= read(record, 'success') === false || read(record, 'ok') === false;
    const name = read(record, 'name');
    const message = read(record, 'message');
    // WeChat's own `errcode` field: any integer in its range is WeChat's code, no evidence needed.
    const errcode = toErrcode(read(record, 'errcode'));
    if (errcode !== null) {
      addWeChat(finding, found(errcode, read(record, 'errmsg') ?? message, read(record, 'rid')));
      return;
    }
    const code = read(record, 'code');
    // co-wechat-api / wechat-api: Error(errmsg) with name 'WeChatAPIError' and WeChat's errcode as `code`.
    const wechatApiCode = typeof name === 'string' && name.toLowerCase() === 'wechatapierror' ? toErrcode(code) : null;
    if (wechatApiCode !== null) addWeChat(finding, found(wechatApiCode, message));
    let evidence: ((n: number) => boolean) | undefined;
    const isError = record instanceof Error || typeof name === 'string';
    for (const field of GENERIC_CODE_FIELDS) {
      const value = read(record, field);
      const n = toInteger(value);
      // The back end's own envelope code (RuoYi `code: 500` in an HTTP 200): never an HTTP status. An
      // Error's `code` (axios ERR_BAD_RESPONSE, Node ECONNREFUSED) is the transport's, not the server's.
      if (!isError) addServerCode(finding, serverCodeOf(value));
      // A back end's own numbers share WeChat's range: only WeChat evidence beside one makes it an errcode.
      if (isCandidate(n) && !finding.fieldCode && (evidence ??= weChatEvidence(record))(n)) {
        finding.fieldCode = found(n, firstMessage(record));
      }
    }
    for (const field of NESTED_FIELDS) {
      const value = read(record, field);
      if (Array.isArray(value)) visitItems(value, depth + 1, MESSAGE_ARRAYS.has(field));
      else if (value && typeof value === 'object') visit(value, depth + 1);
      // A response's text body is the server's own words; an envelope's `data` string is a payload (an order id).
      else if (typeof value === 'string' && field !== 'error') visitString(value, depth + 1, isResponse);
    }
    // After the nested ones: the innermost cause says most (fetch's TypeError around a connect timeout).
    finding.transport ??= transportOf(name, code, message);
    for (const field of MESSAGE_FIELDS) {
      const value = read(record, field);
      // NestJS's ValidationPipe answers `message: ['name must be a string', …]`.
      const text = Array.isArray(value) ? value.slice(0, 5).filter((v) => typeof v === 'string').join('; ') : value;
      if (typeof text === 'string' && text) visitString(text, depth + 1, true);
    }
  }

  /** The first MAX_ARRAY_ITEMS items: objects always, strings only where they are messages. */
  function visitItems(items: readonly unknown[], depth: number, messages: boolean): void {
    if (depth > MAX_DEPTH) return;
    for (let i = 0; i < Math.min(items.length, MAX_ARRAY_ITEMS); i += 1) {
      const item: unknown = items[i];
      if (typeof item === 'string' ? messages : item && typeof item === 'object') visit(item, depth);
    }
  }

  function visit(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (typeof value === 'string') visitString(value, depth, true);
    else if (value && typeof value === 'object' && !Array.isArray(value)) visitObject(value, depth);
  }

  const explicit = toErrcode(input);
  if (explicit !== null) finding.wechat = found(explicit, null);
  else {
    try {
      visit(typeof input === 'number' && Number.isSafeInteger(input) ? String(input) : input, 0);
    } catch {
      // A proxy trap or host object that throws where `read` cannot catch it: keep what was found so far.
    }
  }
  return finding;
}
