// What `wechat-card-errors/bare` keeps of the locale files (vite.config.ts, test/bare-backend.test.tsx):
// the UI words in English, so no control is ever nameless, and each language's "loading" line. The
// operator's copy comes from the host's i18next, in the languages it ships.

/** The English sections every control needs: labels, alt texts, the region label, details labels. */
const UI_SECTIONS = ['ui', 'severity', 'action', 'toast'];

/** The part of `resource` (one language's cardError.json) the bare build bundles. */
export function bareWords(lng, resource) {
  if (lng === 'en') return Object.fromEntries(UI_SECTIONS.map((name) => [name, resource[name]]));
  return { ui: { loading: resource.ui.loading } };
}
