// `npm run routes`: which files of src/ a call passes through on its way to the screen (issue 19, item 4).
//
// How it measures, at run time (not the static import closure, which overstates what a call passes):
// - esbuild bundles src/index.ts for Node (production: `process.env.NODE_ENV` is "production", as in a
//   host's build; React, i18next and Radix stay external and run unmodified). Every file of src/ is first
//   compiled from TypeScript by esbuild, then parsed (acorn) and given, at the start of every function
//   body (declarations, expressions, arrows, methods, getters), a call that records the file's name.
// - The call records only between a start mark and a stop mark, and only the first time a file is seen
//   in that window, so a route is the list of src files whose code ran, in order of first call. Module
//   initialisation (top-level code, and functions it calls) runs before the start mark and is not counted.
//   A file whose plain data is read without calling any of its functions (the catalog's records, a
//   constant) does not count either: no code of it runs.
// - Each route runs in a fresh instance of the kit's modules (a fresh import of the bundle) and a fresh
//   jsdom document, so caches one route warmed cannot hide files from another. The kit stands alone
//   (zero set-up, its own i18next instance), language English.
// - Stop mark: the first MutationObserver callback after the route's message is in the document, i.e.
//   the task that committed the words to the DOM has finished (React's layout effects, and any passive
//   effects React flushes in that task, are inside the window; later effects and timers are not).
//
// Routes, with what README's axios interceptor recipe passes: WeChat's 卡券 reply (45009, quota) as the body
// of an HTTP 200 (`report(response.data, config)`), or inside axios's error for a failing status:
// (a) toast: `<CardErrorToaster/>` mounted and settled, then start, `toastCardError(input, {key, onRetry})`,
// stop when the toast's message is in the DOM; (b) alert: start, mount `<CardErrorAlert error={input}/>`,
// stop at its message; (c) the alert with `code={40099}`.
//
// Folder crossings: the number of times two consecutive files in that first-call order sit in different
// folders (src/, src/core/, src/core/parse/, ... are each one folder). Also printed: the bundled import
// closure of the route's entry points (files with code in an esbuild bundle of just those exports).
import { parse } from 'acorn';
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './load-source.mjs';

/** WeChat's 卡券 reply in an HTTP 200, as README's axios interceptor passes it (`report(response.data, …)`). */
const WECHAT_BODY = { errcode: 45009, errmsg: 'reach max api daily quota limit rid: 6571d2b8-1c2f0a9e-3c1d6f44' };
/** The options README's interceptor gives every toast (a key per request, a Retry that sends it again). */
const README_OPTIONS = { key: 'post /api/card/code/consume', onRetry: () => Promise.resolve() };

/** axios 1.x's error class as lib/core/AxiosError.js builds it: `toJSON` and `isAxiosError` on the prototype. */
class AxiosError extends Error {
  toJSON() {
    return { message: this.message, name: this.name, code: this.code, status: this.status };
  }
}
Object.defineProperty(AxiosError.prototype, 'isAxiosError', { value: true });
/** A failing status with WeChat's body, as README's interceptor passes it (`report(error, error.config)`). */
function axiosError() {
  const config = { method: 'post', url: '/api/card/code/consume', headers: { Accept: 'application/json' } };
  const response = { data: WECHAT_BODY, status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'application/json' }, config, request: {} };
  return Object.assign(new AxiosError('Request failed with status code 500'), { name: 'AxiosError', code: 'ERR_BAD_RESPONSE', config, request: {}, response, status: 500 });
}
/** Longest a route may take before the measurer gives up (a broken route, not a slow one). */
const ROUTE_TIMEOUT_MS = 10_000;

// React's production build, as the kit's bundle is (set before React is first imported, in main()).
process.env.NODE_ENV = 'production';

// ---- instrumented bundle ---------------------------------------------------------------------------

/** Offsets in `code` where a recording call goes, for every function body. */
function insertionsOf(code, file) {
  const call = `__cekRoute(${JSON.stringify(file)})`;
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const isFunction = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type);
    if (isFunction && node.body.type === 'BlockStatement') edits.push([node.body.start + 1, `${call};`]);
    else if (isFunction) edits.push([node.body.start, `(${call}, `], [node.body.end, ')']);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  return edits;
}

/** esbuild plugin: compiles each src/ file, then adds the recording call to every function body. */
const instrument = {
  name: 'cek-routes-instrument',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async ({ path }) => {
      const file = relative(ROOT, path).replace(/\\/g, '/');
      const { code } = await transform(readFileSync(path, 'utf8'), {
        loader: path.endsWith('x') ? 'tsx' : 'ts',
        jsx: 'automatic',
        target: 'es2022',
        sourcefile: file,
      });
      let out = code;
      // From the end backwards, so earlier offsets stay valid.
      for (const [at, text] of insertionsOf(code, file).sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + text + out.slice(at);
      return { contents: out, loader: 'js' };
    });
  },
};

const OPTIONS = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  packages: 'external',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

/** The kit bundled with every function body instrumented, written where Node resolves its peers. */
async function instrumentedKit() {
  const bundle = await build({
    ...OPTIONS,
    stdin: { contents: "export * from './src/index.ts';", resolveDir: ROOT, loader: 'ts' },
    plugins: [instrument],
  });
  const dir = join(ROOT, 'node_modules/.cache/cek-routes');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'kit.mjs');
  writeFileSync(file, bundle.outputFiles[0].text);
  return pathToFileURL(file).href;
}

/** src files with code in a bundle of just `names` from the main entry (the route's static closure). */
async function closureOf(names) {
  const { metafile } = await build({
    ...OPTIONS,
    stdin: { contents: `export { ${names.join(', ')} } from './src/index.ts';`, resolveDir: ROOT, loader: 'ts' },
    metafile: true,
    outfile: 'closure.mjs',
  });
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => path.startsWith('src/') && bytesInOutput > 0)
    .map(([path]) => path);
}

// ---- the page --------------------------------------------------------------------------------------

/** jsdom's window as the global scope React and the kit expect. */
async function installDom() {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
  const { window } = dom;
  for (const key of Object.getOwnPropertyNames(window)) {
    // The DOM's interfaces (Event, CustomEvent, ...) replace Node's own, which jsdom would reject.
    const own = Object.getOwnPropertyDescriptor(globalThis, key);
    if ((key in globalThis && !/^[A-Z]/.test(key)) || key.startsWith('_') || (own && !own.writable && !own.set)) continue;
    Object.defineProperty(globalThis, key, { value: window[key], configurable: true, writable: true });
  }
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'Event', 'KeyboardEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    Object.defineProperty(globalThis, key, { value: window[key], configurable: true, writable: true });
  }
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
}

/** Recording state: the files seen since the start mark, in order; `null` outside a route. */
let seen = null;
globalThis.__cekRoute = (file) => {
  if (seen && !seen.includes(file)) seen.push(file);
};

/** Resolves once the document holds `text`, stopping the recording in that same callback. */
function stopWhenShown(text) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`"${text}" never reached the document`)), ROUTE_TIMEOUT_MS);
    const observer = new MutationObserver(() => {
      if (!document.body.textContent.includes(text)) return;
      const files = seen;
      seen = null;
      observer.disconnect();
      clearTimeout(timer);
      resolve(files);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Starts recording, runs `act`, and resolves with the files recorded until `text` is in the document. */
function measure(text, act) {
  const shown = stopWhenShown(text);
  seen = [];
  act();
  return shown;
}

/** Lets React and the kit finish what they scheduled (200 ms of macrotasks), outside any route. */
const settle = async () => {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setTimeout(resolve, 10));
};

let instance = 0;
/** A fresh instance of the kit's modules and an empty body with a React root. */
async function freshPage(kitUrl) {
  instance += 1;
  const kit = await import(`${kitUrl}?instance=${instance}`);
  document.body.replaceChildren();
  const container = document.body.appendChild(document.createElement('div'));
  const { createRoot } = await import('react-dom/client');
  return { kit, root: createRoot(container) };
}

// ---- routes ----------------------------------------------------------------------------------------

/** Folder crossings: consecutive files of `files` in different folders. */
const crossingsOf = (files) => files.slice(1).filter((file, index) => dirname(file) !== dirname(files[index])).length;

async function main() {
  await installDom();
  const { createElement } = await import('react');
  const kitUrl = await instrumentedKit();

  // The words each route waits for, read in an instance of its own (so no route finds them warmed).
  const reference = await import(`${kitUrl}?instance=reference`);
  const bodyMessage = reference.describeCardError(WECHAT_BODY).message;
  const codeMessage = reference.describeCardError(40099).message;

  const routes = [
    {
      name: 'toast: toastCardError(body, options) with <CardErrorToaster/> mounted (README interceptor, HTTP 200)',
      exports: ['CardErrorToaster', 'toastCardError'],
      async run({ kit, root }) {
        root.render(createElement(kit.CardErrorToaster));
        await settle();
        return measure(bodyMessage, () => kit.toastCardError(WECHAT_BODY, README_OPTIONS));
      },
    },
    {
      name: 'toast: toastCardError(axiosError, options) with <CardErrorToaster/> mounted (README interceptor, HTTP 500)',
      exports: ['CardErrorToaster', 'toastCardError'],
      async run({ kit, root }) {
        root.render(createElement(kit.CardErrorToaster));
        await settle();
        return measure(bodyMessage, () => kit.toastCardError(axiosError(), README_OPTIONS));
      },
    },
    {
      name: 'alert: <CardErrorAlert error={body}/> mounted',
      exports: ['CardErrorAlert'],
      run: ({ kit, root }) => measure(bodyMessage, () => root.render(createElement(kit.CardErrorAlert, { error: WECHAT_BODY }))),
    },
    {
      name: 'alert: <CardErrorAlert error={axiosError}/> mounted',
      exports: ['CardErrorAlert'],
      run: ({ kit, root }) => measure(bodyMessage, () => root.render(createElement(kit.CardErrorAlert, { error: axiosError() }))),
    },
    {
      name: 'alert: <CardErrorAlert code={40099}/> mounted',
      exports: ['CardErrorAlert'],
      run: ({ kit, root }) => measure(codeMessage, () => root.render(createElement(kit.CardErrorAlert, { code: 40099 }))),
    },
  ];

  console.log('Routes through src/ at run time (.ci/routes.mjs; production build, jsdom, English, cold kit instance).');
  console.log('Input: WeChat\'s body {errcode: 45009, errmsg: "reach max api daily quota limit rid: …"}, alone or in an AxiosError (HTTP 500).');
  console.log('A file counts when a function of it runs (plain data read from it does not), from the call to the words in the DOM.');
  console.log('Crossings = consecutive files in first-call order that sit in different folders.\n');
  for (const route of routes) {
    const page = await freshPage(kitUrl);
    const files = await route.run(page);
    const closure = await closureOf(route.exports);
    console.log(`${route.name}: ${files.length} files, ${crossingsOf(files)} folder crossings`);
    files.forEach((file, index) => console.log(`  ${String(index + 1).padStart(2)}. ${file}`));
    console.log(`  (static closure of ${route.exports.join(' + ')}: ${closure.length} files)\n`);
    page.root.unmount();
    await settle();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
