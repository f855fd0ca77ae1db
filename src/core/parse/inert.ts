// Text from outside (WeChat, an SDK, a back end, a proxy) made safe to show and copy as one line.

/** Longest `errmsg` kept, in UTF-16 code units including the closing "…"; WeChat's own are under 200. */
export const MAX_ERRMSG_LENGTH = 500;

/** Most characters of one text ever cleaned: anything past this is cut anyway, so a 1 MB text costs no more. */
const CLEAN_WINDOW = 4 * MAX_ERRMSG_LENGTH;

// Removed, in one pass (a sequence is tried first at each place, so it goes whole): terminal escape sequences
// (a back end that forwards a coloured log line): CSI `ESC [ … final`, its C1 form U+009B, OSC `ESC ] …
// BEL|ST`, and two-character `ESC x`, every quantifier bounded; then any single C0/C1 control that is not
// whitespace, DEL, and the bidi marks, embeddings, overrides and isolates that could reorder the text around
// them (U+200E/200F, U+061C, U+202A–202E, U+2066–2069); then what draws nothing, so a copied report cannot
// hide text from the person reading it: zero-width space and non-joiner (U+200B/200C), the joiner U+200D beside
// ASCII (between emoji it builds one picture, 👩‍👩‍👧, and is kept), word joiner and
// invisible operators (U+2060–2064), deprecated format controls (U+206A–206F), the BOM (U+FEFF), soft hyphen
// (U+00AD), combining grapheme joiner (U+034F), Mongolian vowel separator and free variation selectors
// (U+180B–180F), Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Khmer inherent vowels (U+17B4/17B5), and the
// Unicode tag characters U+E0000–E007F (UTF-16 \uDB40 then \uDC00–\uDC7F), which can carry a hidden ASCII text.
const INVISIBLE =
  /(?:\x1b\[|\x9b)[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|\x1b[@-_]|\udb40[\udc00-\udc7f]|\u200d(?=[\x00-\x7f]|$)|(?<=[\x00-\x7f]|^)\u200d|[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/g;
// Half a surrogate pair (a UTF-16 string cut in the wrong place upstream): not text, and some clipboards and
// JSON encoders reject it. Each becomes U+FFFD, the replacement character; whole pairs are kept. One look
// around each unit, so linear.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Line breaks (\n, \r, U+2028/2029) and other whitespace: one space, so nothing can forge an extra line.
// `\s+` cannot backtrack (one class, and the text is at most CLEAN_WINDOW long here).
const SPACES = /\s+/g;
// WeChat appends these to errmsg: "… hint: [AbC123]" (older) and "…, hints: [ req_id: yn930a0760th41 ]".
const HINT = /[,，]?\s{0,3}\bhints?:\s{0,3}\[[^\]]{0,200}\]/g;
// "… rid: 6561a3f0-1b2c3d4e-5f6a7b8c" (newer errmsgs): WeChat appends it LAST, with an ASCII colon, its id hex
// groups joined by hyphens. Only that trailing suffix is a rid (after cleaning, only spaces and punctuation may
// follow): "rid：FAKE-RID" (full-width colon), a rid followed by more text, or one not in WeChat's shape stays
// part of the (inert) text, so nothing inside an errmsg can forge a rid or hide the words after it.
const RID_SUFFIX = /[,，;；]?\s{0,3}(?<!\w)rid:\s{0,3}([0-9A-Fa-f]{4,16}(?:-[0-9A-Fa-f]{4,16}){1,5})[\s\p{P}]{0,16}$/u;
/** Longest tail searched for the rid suffix (separator, "rid: ", six groups of 16, trailing punctuation). */
const RID_TAIL = 160;
const RID_SHAPE = /^[0-9A-Za-z-]{1,100}$/;

let graphemes: Intl.Segmenter | null | undefined;

/**
 * Cuts to MAX_ERRMSG_LENGTH with a closing "…", never inside a character: a grapheme, or without
 * Intl.Segmenter (Firefox before 125) a surrogate pair.
 */
function cut(text: string, forced: boolean): string {
  if (!forced && text.length <= MAX_ERRMSG_LENGTH) return text;
  const budget = MAX_ERRMSG_LENGTH - 1;
  graphemes ??= typeof Intl === 'object' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  let kept = '';
  if (graphemes) {
    // A grapheme is at most a few dozen code units: segmenting a bounded slice is enough.
    for (const { segment } of graphemes.segment(text.slice(0, budget + 64))) {
      if (kept.length + segment.length > budget) break;
      kept += segment;
    }
  } else {
    kept = whole(text, budget);
  }
  return `${kept.trimEnd()}…`;
}

/** At most the first `n` UTF-16 units, never ending on the first half of a surrogate pair. */
function whole(text: string, n: number): string {
  const end = Math.min(text.length, n);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/** The first CLEAN_WINDOW characters, never ending on half a surrogate pair, and whether anything was left out. */
function head(raw: string): [string, boolean] {
  return raw.length <= CLEAN_WINDOW ? [raw, false] : [whole(raw, CLEAN_WINDOW), true];
}

/**
 * Outside text as one inert line: no controls, ANSI escapes, bidi controls or invisible characters (zero-width,
 * tag characters), no lone surrogate, whitespace folded to single spaces, at most MAX_ERRMSG_LENGTH long (a cut
 * ends with "…"). `null` when nothing visible is left.
 */
export function inertText(raw: string): string | null {
  const [text, truncated] = head(raw);
  return shown(clean(text), truncated);
}

/** A clean line as shown: `null` when empty, else cut (always when `forced`: part of the text was left out). */
function shown(line: string, forced: boolean): string | null {
  return line ? cut(line, forced) : null;
}

/**
 * One line: no ANSI escapes, controls, bidi marks or invisible characters, lone surrogates replaced by
 * U+FFFD, whitespace folded to single spaces, trimmed.
 */
function clean(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd').replace(SPACES, ' ').trim();
}

/** The first CLEAN_WINDOW characters as one clean line, not cut for display (to compare, never to show). */
export function cleanHead(raw: string): string {
  return clean(head(raw)[0]);
}

/** WeChat's trailing rid in a cleaned line: the rid and where the suffix starts, else `null`. */
function trailingRid(line: string): { rid: string; at: number } | null {
  const tail = line.slice(-RID_TAIL);
  const match = RID_SUFFIX.exec(tail);
  return match?.[1] ? { rid: match[1], at: line.length - tail.length + match.index } : null;
}

/**
 * WeChat's errmsg without its ` hint: [...]` / `, hints: [ req_id: ... ]` suffixes and its trailing ` rid: ...`
 * (returned apart, only in WeChat's shape at the very end), as inert text. A text longer than the cleaning
 * window is cut; its rid is then looked for at the end of the whole text.
 */
export function cleanWeChatErrmsg(raw: string): { errmsg: string | null; rid: string | null } {
  const [text, truncated] = head(raw);
  const line = clean(text.replace(HINT, ''));
  // WeChat puts the rid last: the text shown ends before it. A cut text's rid is at the end of the whole text.
  const rid = trailingRid(truncated ? clean(raw.slice(-CLEAN_WINDOW / 4).replace(HINT, '')) : line);
  return { errmsg: shown(rid && !truncated ? line.slice(0, rid.at).trim() : line, truncated), rid: rid?.rid ?? null };
}

/** A rid as WeChat writes it (letters, digits, hyphens, at most 100), else `null`. */
export function validRid(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const rid = value.trim();
  return RID_SHAPE.test(rid) ? rid : null;
}
