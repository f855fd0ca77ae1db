// What one walk over an input collects (walk.ts fills it, index.ts reads it), and how findings combine.
// A leaf beside inert.ts: fields.ts and text.ts import it, it imports neither (no import cycle).
import type { CardErrorOrigin } from '../../catalog/index.js';
import { cleanWeChatErrmsg, validRid } from './inert.js';

/** A failure before any answer arrived (`configuration`: a Mini Program refused to send it at all). */
export type Transport = Extract<CardErrorOrigin, 'network' | 'timeout' | 'cancelled' | 'configuration'>;

/** A WeChat failure found: its errcode with WeChat's errmsg (cleaned) and rid. */
export interface WeChatFound {
  readonly code: number;
  readonly errmsg: string | null;
  readonly rid: string | null;
}

/** A WeChat Pay failure found (issue 22): its code as given, its own message (inert), status and Request-ID. */
export interface WeChatPayFound {
  readonly code: string;
  readonly errmsg: string | null;
  /** The HTTP status WeChat Pay answered with, when the SDK's text or object says it. */
  readonly status: number | null;
  readonly requestId: string | null;
}

/**
 * What one walk collected; the first of each kind wins, nested bodies being read before their wrappers' own
 * text. Nullish (absent, or `null` from a look that found nothing) means not found: `??=` keeps the first.
 */
export interface Finding {
  /** From an `errcode` field, a known text format, or a number passed on its own. */
  wechat?: WeChatFound | null;
  /** From an envelope's generic code field with WeChat evidence beside it (weaker than `wechat`). */
  fieldCode?: WeChatFound;
  /** WeChat's errcode 0 ("ok"), kept apart: it names no failure, and is dropped when the envelope says one. */
  ok?: WeChatFound;
  /** An envelope said failure without a status: `success: false` (Ant Design Pro, umi) or `ok: false`. */
  failed: boolean;
  /** From a status field (`status`, `statusCode`) only: an envelope's `code` is `serverCode`. */
  status: number | null;
  /** The back end's own code from an envelope's generic code field (the first failing one). */
  serverCode: number | string | null;
  transport?: Transport | null;
  /** An HTML body's <title>. */
  title?: string | null;
  /** The first message-field text, and the first plain body text. */
  text?: string;
  bodyText?: string;
  /** A `rid` field in WeChat's shape. */
  rid: string | null;
  /** WeChat Pay (issue 22): a failure in its shape (wechatpay.ts, wechatpayText.ts), and a Request-ID header. */
  wechatpay?: WeChatPayFound | null;
  requestId?: string | null;
  /** Texts to try as WeChat's errmsg when nothing else named a code. */
  readonly texts: string[];
}

/** An empty finding. */
export function newFinding(): Finding {
  return { failed: false, status: null, serverCode: null, rid: null, texts: [] };
}

/** A WeChat errcode with its errmsg cleaned (hint and rid removed) and its rid from the errmsg or a `rid` field. */
export function found(code: number, errmsg: unknown, rid?: unknown): WeChatFound {
  const cleaned = typeof errmsg === 'string' ? cleanWeChatErrmsg(errmsg) : { errmsg: null, rid: null };
  return { code, errmsg: cleaned.errmsg, rid: cleaned.rid ?? validRid(rid) };
}

/** A WeChat errcode found: the first failure wins; 0 ("ok") is kept apart. */
export function addWeChat(finding: Finding, wechat: WeChatFound | null): void {
  if (wechat?.code === 0) finding.ok ??= wechat;
  else finding.wechat ??= wechat;
}

/** Keeps the first server code found (success codes were skipped by `serverCodeOf`). */
export function addServerCode(finding: Finding, code: number | string | null): void {
  finding.serverCode ??= code;
}

/** Keeps the first status, unless a failing one comes after a success. */
export function addStatus(finding: Finding, status: number | null): void {
  // A failing status beats a 200 around it: an axios 200 whose body is Spring Boot's `{status: 500, …}`.
  if (status !== null && (finding.status === null || (finding.status < 400 && status >= 400))) finding.status = status;
}
