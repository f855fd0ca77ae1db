/** What `parseCardError` extracts from any failure: the errcode, WeChat's errmsg and its request id. */
export interface ParsedCardError {
  /** WeChat's `errcode` as an integer, or `null` when the input carries none. */
  readonly code: number | null;
  /** WeChat's `errmsg` without its ` hint: [...]` and ` rid: ...` suffixes, or `null`. */
  readonly errmsg: string | null;
  /** WeChat's request id (`rid`), which WeChat support asks for, or `null`. */
  readonly rid: string | null;
}

/** Longest `errmsg` kept for display; WeChat's own are under 200 characters. */
export const MAX_ERRMSG_LENGTH = 500;

/** How deep nested wrappers (axios `response.data`, `cause`, `data`) are followed. */
const MAX_DEPTH = 4;

/** Longest string tried as a number or as a JSON body; anything longer is only shown as text. */
const MAX_PARSED_STRING = 64 * 1024;

const INTEGER = /^[+-]?\d{1,15}$/;
// WeChat appends these to errmsg, e.g. "invalid code hint: [AbC123] rid: 6561a3f0-1b2c3d4e-5f6a7b8c".
const HINT_SUFFIX = /\s*\bhint:\s*\[[^\]\n]{0,200}\]/g;
const RID_SUFFIX = /[\s,;]*\brid:\s*([0-9A-Za-z-]{1,100})/;

const EMPTY: ParsedCardError = { code: null, errmsg: null, rid: null };

function toCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && value.length <= MAX_PARSED_STRING) {
    const trimmed = value.trim();
    return INTEGER.test(trimmed) ? Number(trimmed) : null;
  }
  return null;
}

/** Splits WeChat's errmsg into the text to show and the request id. */
function cleanErrmsg(raw: unknown): Pick<ParsedCardError, 'errmsg' | 'rid'> {
  if (typeof raw !== 'string') return { errmsg: null, rid: null };
  // The suffixes sit at the end: search only the tail so a 1 MB string costs nothing extra.
  const long = raw.length > 2 * MAX_ERRMSG_LENGTH;
  const ridMatch = RID_SUFFIX.exec(long ? raw.slice(-MAX_ERRMSG_LENGTH) : raw);
  const text = raw
    .slice(0, long ? MAX_ERRMSG_LENGTH : ridMatch?.index)
    .replace(HINT_SUFFIX, '')
    .trim();
  const errmsg = text.length > MAX_ERRMSG_LENGTH ? `${text.slice(0, MAX_ERRMSG_LENGTH - 1)}…` : text;
  return { errmsg: errmsg || null, rid: ridMatch?.[1] ?? null };
}

function fromString(value: string, depth: number): ParsedCardError {
  const trimmed = value.length <= MAX_PARSED_STRING ? value.trim() : '';
  if (INTEGER.test(trimmed)) return { ...EMPTY, code: Number(trimmed) };
  // A raw response body passed as text: '{"errcode":45031,"errmsg":"..."}'.
  if (trimmed.startsWith('{')) {
    try {
      return fromUnknown(JSON.parse(trimmed) as unknown, depth + 1);
    } catch {
      // Not JSON after all: show it as text below.
    }
  }
  return { ...EMPTY, ...cleanErrmsg(value) };
}

function read(record: object, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined; // a throwing getter or a revoked proxy
  }
}

function fromObject(record: object, depth: number): ParsedCardError {
  const errcode = read(record, 'errcode');
  if (errcode !== undefined && errcode !== null) {
    return withRid(record, { code: toCode(errcode), ...cleanErrmsg(read(record, 'errmsg')) });
  }
  // Wrappers, most specific first: axios (`response.data`), fetch helpers (`data`), `Error.cause`.
  const response = read(record, 'response');
  const nested = [
    response && typeof response === 'object' ? read(response, 'data') : undefined,
    read(record, 'data'),
    read(record, 'cause'),
  ];
  for (const candidate of nested) {
    if (candidate === undefined || candidate === null) continue;
    const parsed = fromUnknown(candidate, depth + 1);
    if (parsed.code !== null) return parsed;
  }
  // An Error or object with a numeric `code` (axios' own codes are strings such as 'ERR_NETWORK').
  const message = read(record, 'errmsg') ?? read(record, 'message');
  return withRid(record, { code: toCode(read(record, 'code')), ...cleanErrmsg(message) });
}

/** Keeps a `rid` carried as its own field (an already parsed error) when errmsg had none. */
function withRid(record: object, parsed: ParsedCardError): ParsedCardError {
  if (parsed.rid !== null) return parsed;
  const rid = read(record, 'rid');
  return typeof rid === 'string' && rid.length <= 100 && rid.trim() ? { ...parsed, rid: rid.trim() } : parsed;
}

function fromUnknown(input: unknown, depth: number): ParsedCardError {
  if (depth > MAX_DEPTH) return EMPTY;
  if (typeof input === 'number') return { ...EMPTY, code: toCode(input) };
  if (typeof input === 'string') return fromString(input, depth);
  if (input && typeof input === 'object' && !Array.isArray(input)) return fromObject(input, depth);
  return EMPTY;
}

/**
 * Reads a WeChat failure from anything: an errcode, a numeric string, a `{errcode, errmsg}` response
 * (or its JSON text), an `Error`, an axios error. Never throws; unknown shapes give `code: null`.
 */
export function parseCardError(input: unknown): ParsedCardError {
  try {
    return fromUnknown(input, 0);
  } catch {
    return EMPTY;
  }
}
