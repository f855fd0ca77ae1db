// The shapes a batch produces (../../../../shared/reference/batch-results.md, from WxJava, Senparc and
// WeChat Pay's docs): each is read into items that went through, were skipped or failed. Pure; never throws
// on its own (hostile getters are caught by the caller, per entry).

import { inertText } from '../parse/inert.js';

/** The kit's own causes, for failures WeChat listed without a code: see `BATCH_CAUSES`. */
export type BatchCause = 'noReason' | 'notImported';

/** Where `readEntry` puts what it finds. `key` is `null` for a count-only answer (no list of items). */
export interface BatchSink {
  succeeded(key: string | null, count?: number): void;
  skipped(key: string | null, count?: number): void;
  /** One failed item with a reason to parse (`{errcode, errmsg}`, `{code, message}`, a rejection). */
  failed(key: string, input: unknown): void;
  /** Failed items WeChat gave no reason for: the kit's own cause. */
  rejected(cause: BatchCause, key: string | null, count?: number): void;
}

/** Per-item codes of the coupon plugin (`send_coupon_result[].code`) that are not failures. */
const PLUGIN_OUTCOME: Readonly<Record<string, 'succeeded' | 'skipped'>> = {
  SUCCESS: 'succeeded',
  // Already sent under this out_request_no: the customer has the coupon (reference §2.5).
  DUPREQUEST: 'skipped',
};

/** Codes that mean "already done" wherever they arrive (a rejection of one send): skipped, never failed. */
export const SKIPPED_CODES: ReadonlySet<unknown> = new Set(['DUPREQUEST']);

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a resolved value has a field a WeChat or WeChat Pay failure carries (`errcode` other than 0 or
 * `OK`, a `code` other than `SUCCESS`, v2's `result_code`): only those are parsed, so a batch of plain
 * successes costs no parse.
 */
export function mayReportFailure(value: unknown): boolean {
  if (!isDict(value)) return false;
  const { errcode, code } = value;
  return (errcode !== undefined && errcode !== 0 && errcode !== 'OK') || (typeof code === 'string' && code !== 'SUCCESS') || 'result_code' in value;
}

/**
 * Text of a key from outside: strings as given (unless nothing visible is left of them: a blank row helps
 * nobody, the position does), numbers as written, anything else not a key.
 */
export function keyText(value: unknown): string | null {
  if (typeof value === 'string') return inertText(value) === null ? null : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

/** Each element of a list field as keys (a list of codes), or the field as a count (WxJava's `Integer` typing). */
function eachKey(value: unknown, put: (key: string | null, count?: number) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) put(keyText(value[i]) ?? `#${i + 1}`);
  } else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) put(null, value);
}

/** The partial-success answers, by a field only that answer has; each reads the whole answer. */
const ANSWERS: readonly [field: string, read: (answer: Dict, sink: BatchSink) => void][] = [
  // 商家券 upload (busifavor couponcodes): codes with reasons, beside stored, existing and repeated ones.
  ['fail_codes', readBusifavor],
  ['success_codes', readBusifavor],
  ['exist_codes', readBusifavor],
  // 商品券 upload-coupon-codes: lists only, no reason per failed code.
  ['failed_code_list', readProductCoupon],
  ['success_code_list', readProductCoupon],
  // 卡券 deposit (WxJava WxMpCardCodeDepositResult): lists or counts, no reason per failed code.
  ['fail_code', readDeposit],
  ['succ_code', readDeposit],
  // 卡券 checkcode: the codes not stored yet.
  ['not_exist_code', readCheckcode],
  // 支付后投放 paygiftcard/add: per merchant errcode and errmsg.
  ['fail_mchid_list', readPayGift],
  ['succ_mchid_list', readPayGift],
  // 小程序发券插件 bind:sendcoupon detail.
  ['send_coupon_result', readPlugin],
  // 门店批量导入: -1 marks a row that failed, without a reason.
  ['location_id_list', readLocations],
];

/**
 * Whether an answer says its whole call failed (`errcode` neither 0 nor the plugin's `OK`) and lists nothing:
 * the plugin's `{errcode: 'PARAM_ERROR', send_coupon_result: []}` is one failure, not an empty answer.
 */
function failedWhole(value: Dict): boolean {
  const { errcode } = value;
  const failed = (typeof errcode === 'number' && errcode !== 0) || (typeof errcode === 'string' && errcode !== 'OK' && errcode !== '0');
  return failed && !ANSWERS.some(([field]) => {
    const listed = value[field];
    return (Array.isArray(listed) && listed.length > 0) || (typeof listed === 'number' && listed > 0);
  });
}

/** Reads `value` as one of the partial-success answers; `false` when it is none of them (or failed whole). */
export function readAnswer(value: unknown, sink: BatchSink): boolean {
  if (!isDict(value) || failedWhole(value)) return false;
  for (const [field, read] of ANSWERS) {
    if (field in value) {
      read(value, sink);
      return true;
    }
  }
  return false;
}

function readBusifavor(answer: Dict, sink: BatchSink): void {
  if (Array.isArray(answer.success_codes)) eachKey(answer.success_codes, sink.succeeded);
  else eachKey(answer.success_count, sink.succeeded);
  const fails = Array.isArray(answer.fail_codes) ? answer.fail_codes : [];
  for (let i = 0; i < fails.length; i += 1) {
    const item: unknown = fails[i];
    const key = (isDict(item) ? keyText(item.coupon_code) : null) ?? `#${i + 1}`;
    sink.failed(key, isDict(item) ? { code: item.code, message: item.message } : item);
  }
  eachKey(answer.exist_codes, sink.skipped);
  eachKey(answer.duplicate_codes, sink.skipped);
}

function readProductCoupon(answer: Dict, sink: BatchSink): void {
  eachKey(answer.success_code_list, sink.succeeded);
  eachKey(answer.failed_code_list, (key, count) => sink.rejected('noReason', key, count));
  eachKey(answer.already_exist_code_list, sink.skipped);
  eachKey(answer.duplicate_code_list, sink.skipped);
}

function readDeposit(answer: Dict, sink: BatchSink): void {
  eachKey(answer.succ_code, sink.succeeded);
  eachKey(answer.duplicate_code, sink.skipped);
  eachKey(answer.fail_code, (key, count) => sink.rejected('noReason', key, count));
}

function readCheckcode(answer: Dict, sink: BatchSink): void {
  eachKey(answer.exist_code, sink.succeeded);
  eachKey(answer.not_exist_code, (key, count) => sink.rejected('notImported', key, count));
}

function readPayGift(answer: Dict, sink: BatchSink): void {
  eachKey(answer.succ_mchid_list, sink.succeeded);
  const fails = Array.isArray(answer.fail_mchid_list) ? answer.fail_mchid_list : [];
  for (let i = 0; i < fails.length; i += 1) {
    const item: unknown = fails[i];
    const key = (isDict(item) ? keyText(item.mchid) : null) ?? `#${i + 1}`;
    sink.failed(key, isDict(item) ? { errcode: item.errcode, errmsg: item.errmsg } : item);
  }
}

function readPlugin(answer: Dict, sink: BatchSink): void {
  const results = Array.isArray(answer.send_coupon_result) ? answer.send_coupon_result : [];
  for (let i = 0; i < results.length; i += 1) {
    const item: unknown = results[i];
    const fields = isDict(item) ? item : {};
    const key = keyText(fields.out_request_no) ?? keyText(fields.coupon_code) ?? `#${i + 1}`;
    const outcome = typeof fields.code === 'string' ? PLUGIN_OUTCOME[fields.code] : undefined;
    if (outcome) sink[outcome](key);
    // The entry as WeChat Pay gave it: its out_request_no and stock_id are what make FAILED the plugin's
    // for the parser (a back end's own FAILED stays the back end's).
    else sink.failed(key, item);
  }
}

function readLocations(answer: Dict, sink: BatchSink): void {
  const ids = Array.isArray(answer.location_id_list) ? answer.location_id_list : [];
  for (let i = 0; i < ids.length; i += 1) {
    // The row number is the only key: the answer keeps the order of the rows sent.
    if (ids[i] === -1 || ids[i] === '-1') sink.rejected('noReason', `#${i + 1}`);
    else sink.succeeded(keyText(ids[i]) ?? `#${i + 1}`);
  }
}
