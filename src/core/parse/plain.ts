// The common shapes, read without the walk (issue 19: a toast's route goes straight to the reader for its
// shape): a number (the caller's errcode), WeChat's own body `{errcode, errmsg}` (rid optional), and an
// axios-style error whose `response.data` is one. Each shape is recognised only where the walk (walk.ts) would find exactly the same: own keys from a
// short list, no WeChat Pay or envelope field, texts that name no status, so this file changes no result
// (test/parse-plain.test.ts compares the two on generated inputs). Anything else goes to the walk.
import { read, toErrcode, toInteger, toStatus } from './fields.js';
import { addStatus, found, newFinding, type Finding } from './finding.js';
import { validRid } from './inert.js';
import { requestIdOf } from './wechatpay.js';

/** WeChat's body: nothing else beside its code, its text and its rid. */
const BODY_KEYS: ReadonlySet<string> = new Set(['errcode', 'errmsg', 'rid']);
/** An axios `response` (axios lib/core/settle.js): none of these is read as a code or a WeChat Pay body. */
const RESPONSE_KEYS: ReadonlySet<string> = new Set(['data', 'status', 'statusText', 'headers', 'config', 'request']);
/** An `AxiosError` (axios lib/core/AxiosError.js) or a plain object shaped like one. */
const ERROR_KEYS: ReadonlySet<string> = new Set([
  'message',
  'name',
  'code',
  'status',
  'response',
  'config',
  'request',
  'isAxiosError',
  'stack',
  'toJSON',
  'constructor',
]);
/** axios's text for an answer outside `validateStatus`; it names the status the response already gives. */
const AXIOS_MESSAGE = /^Request failed with status code \d{3}$/;
/** axios's codes for a failing answer; any other code may be a back end's or WeChat Pay's own. */
const AXIOS_ANSWER_CODES: ReadonlySet<unknown> = new Set([undefined, 'ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST']);
/** An HTTP reason phrase ("OK", "Bad Gateway"): no digits, so no SDK text with a status in it. */
const REASON_PHRASE = /^[A-Za-z' -]{0,64}$/;

/**
 * Whether `value` and the prototypes it inherits from (up to `Object.prototype` or `Error.prototype`) have
 * only data properties named in `keys`: no getter runs twice, no field the walk reads hides in a class.
 */
function hasOnly(value: object, keys: ReadonlySet<string>): boolean {
  for (let layer: object | null = value; layer && layer !== Object.prototype && layer !== Error.prototype; layer = Object.getPrototypeOf(layer)) {
    for (const key of Reflect.ownKeys(layer)) {
      const field = Object.getOwnPropertyDescriptor(layer, key);
      // `stack` may be an accessor (V8's captured trace): neither reader reads it.
      if (typeof key !== 'string' || !keys.has(key) || !field || (!('value' in field) && key !== 'stack')) return false;
    }
  }
  return true;
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** WeChat's body with a failing code (0 is "ok", weighed against an envelope by the walk), else `null`. */
function body(value: unknown): { errcode: number; errmsg: unknown; rid: unknown } | null {
  if (!isRecord(value) || !hasOnly(value, BODY_KEYS)) return null;
  const { errcode, errmsg, rid } = value as Record<string, unknown>;
  const code = typeof errcode === 'number' ? toErrcode(errcode) : null;
  return code === null || code === 0 || (errmsg !== undefined && typeof errmsg !== 'string') ? null : { errcode: code, errmsg, rid };
}

/** The answer a wrapper or a response states, as `addStatus` takes it. */
const statusOf = (record: object): number | null => toStatus(toInteger(read(record, 'status')));

/** An axios-style error whose answer is WeChat's body, else `null`. */
function axiosBody(value: object): ReturnType<typeof body> {
  const response = read(value, 'response');
  if (!isRecord(response) || !hasOnly(response, RESPONSE_KEYS) || !hasOnly(value, ERROR_KEYS)) return null;
  const { message, name, code, status } = value as Record<string, unknown>;
  const statusText = read(response, 'statusText');
  const plain =
    (message === undefined || (typeof message === 'string' && AXIOS_MESSAGE.test(message))) &&
    (statusText === undefined || (typeof statusText === 'string' && REASON_PHRASE.test(statusText))) &&
    // axios sets `status` to the response's, or `null` without one.
    (status === undefined || status === null || typeof status === 'number') &&
    // A code beside no name is an envelope's own (serverCode): the walk's to read.
    AXIOS_ANSWER_CODES.has(code) &&
    (code === undefined || value instanceof Error || typeof name === 'string') &&
    (name === undefined || typeof name === 'string');
  return plain ? body(read(response, 'data')) : null;
}

/**
 * What the walk would find in a bare errcode, WeChat's body or an axios-style error around it, without
 * walking; `null` for any other input (the walk reads it). Never throws.
 */
export function plainFinding(input: unknown): Finding | null {
  try {
    // A number on its own is the caller's errcode (`<CardErrorAlert code={…}>`), as the walk takes it.
    const explicit = typeof input === 'number' ? toErrcode(input) : null;
    if (explicit !== null) return { ...newFinding(), wechat: { code: explicit, errmsg: null, rid: null } };
    if (!isRecord(input)) return null;
    const own = body(input);
    const wrapped = own ? null : axiosBody(input);
    const reply = own ?? wrapped;
    if (!reply) return null;
    const finding = newFinding();
    if (wrapped) {
      const response = read(input, 'response') as object;
      // The walk's order: the wrapper's status, then the response's (a failing one beats a 200 around it).
      addStatus(finding, statusOf(input));
      addStatus(finding, statusOf(response));
      const headers = read(response, 'headers');
      // WeChat Pay's Request-ID header (wechatpay.ts), read only where there are headers.
      if (headers !== undefined) finding.requestId = requestIdOf(headers);
    }
    finding.rid = validRid(reply.rid);
    finding.wechat = found(reply.errcode, reply.errmsg, reply.rid);
    return finding;
  } catch {
    return null;
  }
}
