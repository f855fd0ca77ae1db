/**
 * A host page's global stylesheet, shaped like Ant Design's documented `reset.css` (element rules
 * for p, lists, dt/dd, buttons, summary) plus what other starters add: the stock Vite starter's
 * `#root { text-align: center }`, Tailwind-style preflight (`*` border-box, block svg), and the
 * Chinese article typography some admin themes carry (indented, airy paragraphs). None of it may
 * move, resize or restyle the kit (stories/HostCss.stories.tsx).
 */
export const HOST_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: sans-serif; line-height: 1.15; -webkit-text-size-adjust: 100%; }
body { color: rgba(0, 0, 0, 0.88); font-size: 14px; line-height: 1.5715; font-feature-settings: 'tnum'; }
#root { text-align: center; }
h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: 0.5em; font-weight: 500; }
p { margin-top: 0; margin-bottom: 1em; line-height: 1.8; text-indent: 2em; font-size: 15px; color: #333; }
ol, ul, dl { margin-top: 0; margin-bottom: 1em; padding-left: 2em; }
ol ol, ul ul, ol ul, ul ol { margin-bottom: 0; }
li { margin-bottom: 4px; list-style: disc; }
dt { font-weight: 500; }
dd { margin-bottom: 0.5em; margin-left: 0; font-family: serif; }
details { margin-bottom: 1em; }
summary { display: list-item; text-transform: uppercase; }
a, area, button, [role='button'], input:not([type='range']), label, select, summary, textarea { touch-action: manipulation; }
input, button, select, optgroup, textarea { margin: 2px; color: inherit; font-size: inherit; font-family: inherit; line-height: inherit; }
button, select { text-transform: none; }
button, html [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; }
img, svg, video { display: block; max-width: 100%; height: auto; vertical-align: middle; }
`;
