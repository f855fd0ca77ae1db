/*
 * Preloaded (node --require) into the unit-react18 workers, see vite.config.ts. Vite's resolve.alias
 * sends the code Vite transforms to the React 18.3 copies (npm aliases react-18, react-dom-18), but
 * Node loads the packages themselves: react-dom-18's CommonJS does require('react') and its client.js
 * require('react-dom'), and react-i18next, Radix and Testing Library import 'react'. Without this they
 * would get the React 19 beside them, and two Reacts in one tree break every hook.
 */
const Module = require('node:module');

/** `react`, `react-dom` and their subpaths, to rewrite as `react-18…` / `react-dom-18…`. */
const REACT = /^(react|react-dom)(\/.*)?$/;

// CommonJS require() (Node 20 has no synchronous hooks for it yet).
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveReact18(request, ...rest) {
  return resolveFilename.call(this, request.replace(REACT, '$1-18$2'), ...rest);
};

// ESM import, through the module customization hooks.
const HOOKS = `export async function resolve(specifier, context, next) {
  return next(specifier.replace(${REACT}, '$1-18$2'), context);
}`;
Module.register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
