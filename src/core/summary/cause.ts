import { canonicalWeChatPayCode, cardErrorOriginCase, wechatPayCase } from '../../catalog/index.js';
import type { ParsedCardError } from '../parse/index.js';

/** A WeChat Pay style code given beside a message (`LENGTH_LIMIT`), to tell causes apart the parser has no code for. */
const RAW_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/** `code` when it has that shape, else `null`. */
export function rawCodeOf(code: unknown): string | null {
  return typeof code === 'string' && RAW_CODE.test(code) ? code : null;
}

/**
 * The cause's id: origin and code (or the origin's case); a WeChat Pay code in its tables' spelling (the plugin's
 * NOTENOUGH is APIv3's NOT_ENOUGH) with the case the catalog chose by its message (REQUEST_BLOCKED's five).
 */
export function causeId({ code, origin, errmsg, status }: ParsedCardError, raw: string | null): string {
  if (typeof code === 'string') return `${origin}:${canonicalWeChatPayCode(code)}:${wechatPayCase(code, errmsg, status).case}`;
  return `${origin}:${String(code ?? raw ?? cardErrorOriginCase(origin, status))}`;
}
