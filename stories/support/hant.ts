import * as OpenCC from 'opencc-js/cn2t';

// The stories' own chrome (page titles, filters, demo-app words), not the kit's copy: the kit's
// Traditional text is written for Hong Kong, Macau and Taiwan merchants (locales/zh-Hant/NOTES.md);
// the Storybook pages around it are converted from their zh-CN words, Taiwan standard, at load.
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** `words` with every string (and every string a function returns) converted to Traditional. */
export function toTraditional<T>(words: T): T {
  if (typeof words === 'string') return convert(words) as T;
  if (typeof words === 'function') return ((...args: unknown[]) => toTraditional((words as (...a: unknown[]) => unknown)(...args))) as T;
  if (words && typeof words === 'object') {
    return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, toTraditional(value)])) as T;
  }
  return words;
}
