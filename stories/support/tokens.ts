/**
 * The `--cek-*` variables of the kit's stylesheet, read from its text (`styles.css?raw`), so the
 * tokens page follows the file: a variable added, renamed or re-valued there shows up on its own.
 */

/** One `--cek-*` declaration as written: its rule's selector and enclosing at-rules. */
export interface TokenDeclaration {
  readonly name: string;
  readonly value: string;
  readonly selector: string;
  readonly media: string | null;
}

/** One row of the tokens page: a variable in one scope, with its value in each theme. */
export interface TokenRow {
  readonly name: string;
  /** `theme`: declared per theme; `root`: once for every theme; else the selector it is declared for. */
  readonly scope: 'theme' | 'root' | string;
  /** As written in the light (and dark) rule, or the shared rule. */
  readonly declared: { readonly light: string; readonly dark: string };
  /** With every `var(--cek-*)` replaced by that theme's value. */
  readonly resolved: { readonly light: string; readonly dark: string };
}

/** Every `--cek-*` declaration in `css`, in file order. Handles comments and nested at-rules (@media). */
export function cssVariables(css: string): TokenDeclaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: TokenDeclaration[] = [];
  const stack: string[] = [];
  let buffer = '';
  const flush = () => {
    const selector = [...stack].reverse().find((prelude) => !prelude.startsWith('@')) ?? '';
    const media = stack.find((prelude) => prelude.startsWith('@media')) ?? null;
    for (const declaration of buffer.split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      if (colon > 0 && name.startsWith('--cek-')) found.push({ name, value: declaration.slice(colon + 1).trim(), selector, media });
    }
    buffer = '';
  };
  for (const char of text) {
    if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (char === '}') {
      flush();
      stack.pop();
    } else buffer += char;
  }
  return found;
}

const isTheme = (selector: string, theme: 'light' | 'dark') => new RegExp(`data-cek-theme=['"]?${theme}\\b`).test(selector);
const isRoot = (selector: string) => /^:where\(:root\)$|^:root$/.test(selector);

/** `:where(X)` → `X`: the weight is the stylesheet's business, the scope is the reader's. */
export const readableSelector = (selector: string) => selector.replace(/^:where\((.*)\)$/, '$1');

/**
 * A custom property set to `initial` has no value (CSS's guaranteed-invalid value): the browser
 * computes it as empty, and a `var()` that reads it takes its fallback.
 */
const valueOf = (declared: string | undefined) => (declared === undefined || declared.trim() === 'initial' ? undefined : declared);

/** `value` with every `var(--x[, fallback])` replaced from `values`, nested references included; `initial` is no value. */
function resolve(value: string, values: ReadonlyMap<string, string>, depth = 0): string {
  if (valueOf(value) === undefined) return '';
  if (depth > 8 || !value.includes('var(')) return value;
  const next = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (_, name: string, fallback?: string) =>
    valueOf(values.get(name)) ?? fallback ?? '',
  );
  return next === value ? value : resolve(next, values, depth + 1);
}

/**
 * The rows of the tokens page: the per-theme palette (light and dark rule), the variables declared
 * once for every theme, then those declared for a narrower scope (a severity, a swipe direction).
 * The `prefers-color-scheme` copy of the dark values for `auto` is left out: it repeats the dark rule
 * (Hosts/Host CSS › Auto Theme checks that it does).
 */
export function tokenRows(css: string): TokenRow[] {
  const declarations = cssVariables(css).filter((declaration) => declaration.media === null);
  const root = declarations.filter((d) => isRoot(d.selector));
  const light = declarations.filter((d) => isTheme(d.selector, 'light'));
  const dark = declarations.filter((d) => isTheme(d.selector, 'dark'));
  const scoped = declarations.filter((d) => !isRoot(d.selector) && !isTheme(d.selector, 'light') && !isTheme(d.selector, 'dark'));
  const lightValues = new Map([...root, ...light].map((d) => [d.name, d.value]));
  const darkValues = new Map([...lightValues, ...dark.map((d) => [d.name, d.value] as const)]);
  const row = (name: string, scope: string, declaredLight: string, declaredDark: string): TokenRow => ({
    name,
    scope,
    declared: { light: declaredLight, dark: declaredDark },
    resolved: { light: resolve(declaredLight, lightValues), dark: resolve(declaredDark, darkValues) },
  });
  const themeNames = [...new Set([...light, ...dark].map((d) => d.name))];
  return [
    ...themeNames.map((name) => row(name, 'theme', lightValues.get(name) ?? '', darkValues.get(name) ?? '')),
    ...root.filter((d) => !themeNames.includes(d.name)).map((d) => row(d.name, 'root', d.value, d.value)),
    ...scoped.map((d) => row(d.name, readableSelector(d.selector), d.value, d.value)),
  ];
}
