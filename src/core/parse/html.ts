// Reading an HTML body (an error page from nginx or a gateway) without ever showing its markup.

// An HTML error page (nginx 502, a gateway's 401): only its <title> is ever shown, never markup.
const TITLE = /<title[^<>]{0,200}>([^<]{0,500})/i;
const TAG = /<[^<>]{0,2000}>/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Whether a body text is an HTML page rather than a message. */
export function isHtml(text: string): boolean {
  return /^\s{0,64}</.test(text) && /<(?:!doctype|html|head|body|title)\b/i.test(text.slice(0, 1024));
}

/** An HTML page's title ("502 Bad Gateway"), or `null`; the page's text with its tags removed, to search. */
export function readHtml(html: string): { title: string | null; text: string } {
  const title = TITLE.exec(html)?.[1]?.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
  return { title: title?.trim() || null, text: html.replace(TAG, ' ') };
}
