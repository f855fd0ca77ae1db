// What `wechat-card-errors/bare` keeps of the locale files (vite.config.ts, test/bare-backend.test.tsx):
// the UI words in English, so no control is ever nameless, and each language's "loading" line. The
// operator's copy comes from the host's i18next, in the languages it ships.

/** The English sections every control needs: labels, the region label, details labels (batch: below). */
const UI_SECTIONS = ['ui', 'severity', 'action', 'toast'];

/**
 * The part of `resource` (one language's cardError.json) the bare build bundles. The toast's long
 * alt texts (`toast.alt*`) stay out: until the host's words arrive a toast's action names itself,
 * its button label as its Radix `altText` (src/i18n/labels.ts), which keeps `/bare` within its budget.
 */
export function bareWords(lng, resource) {
  if (lng !== 'en') return { ui: { loading: resource.ui.loading } };
  const words = Object.fromEntries(UI_SECTIONS.map((name) => [name, resource[name]]));
  words.toast = Object.fromEntries(Object.entries(resource.toast).filter(([key]) => !key.startsWith('alt')));
  // The batch summary's labels and counts; its causes' copy (objects) is operator copy, like a code's.
  words.batch = Object.fromEntries(Object.entries(resource.batch).filter(([, value]) => typeof value === 'string'));
  return words;
}
