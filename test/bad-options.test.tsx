import { kitWords, resetWarnings } from './helpers';
// Issue 12, item 3: a host's mistakes give sensible defaults and a development warning naming the
// mistake, never a throw. Each case failed before the fix (noted where one did not).
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  CardErrorAlert,
  CardErrorToaster,
  defineCardErrors,
  describeCardError,
  dismissCardErrorToast,
  getCardErrorI18n,
  toastCardError,
} from '../src/index';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings(); // each test counts its own warnings
  // The toast queue is a module singleton: a toast left by one test would show in the next.
  dismissCardErrorToast();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const warnings = () => warn.mock.calls.map(([message]) => String(message));
const EN = CARD_ERROR_RESOURCES.en;

describe.each(CARD_ERROR_LANGUAGES)('options that are not what the types say, kit in %s', (lng) => {
  const copy = kitWords(lng);
  beforeEach(() => getCardErrorI18n().changeLanguage(lng));

  it('null options: the kit’s language, no throw', () => {
    expect(describeCardError(45031, null as unknown as Parameters<typeof describeCardError>[1]).message).toBe(copy.codes['45031'].message);
  });

  it('a non-string lng: ignored with a warning naming it', () => {
    expect(describeCardError(45031, { lng: 5 as unknown as string }).message).toBe(copy.codes['45031'].message);
    render(<CardErrorAlert code={45031} lng={{} as unknown as string} />);
    expect(screen.getByRole('status')).toHaveTextContent(copy.codes['45031'].message);
    expect(warnings().some((message) => /lng/.test(message) && /5/.test(message))).toBe(true);
  });

  it('labels set to undefined: the locale word, with a warning naming the label', async () => {
    render(<CardErrorAlert code={45031} onDismiss={() => {}} labels={{ dismiss: undefined }} />);
    expect(screen.getByRole('button', { name: copy.ui.dismiss })).toBeInTheDocument();
    render(<CardErrorToaster labels={{ count: undefined, close: undefined }} />);
    await act(async () => {
      toastCardError(45031, { key: 'x' });
      toastCardError(45031, { key: 'x' });
    });
    expect(screen.getByText(copy.toast.count.replace('{{count}}', '2'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: copy.toast.close })).toBeInTheDocument();
    expect(warnings().some((message) => /labels\.count/.test(message))).toBe(true);
  });
});

describe('the remover defineCardErrors returns', () => {
  const A = { copy: { en: { message: 'First definition.' } } };
  const B = { copy: { en: { message: 'Second definition.' } } };

  it('called after a redefinition of the same code leaves the later definition in place', () => {
    const removeFirst = defineCardErrors({ 900001: A });
    const removeSecond = defineCardErrors({ 900001: B });
    removeFirst();
    expect(describeCardError(900001).message).toBe('Second definition.');
    expect(warnings().some((message) => /900001/.test(message) && /redefin/.test(message))).toBe(true);
    removeSecond();
  });

  it('called twice removes once and warns the second time', () => {
    const remove = defineCardErrors({ 900002: A });
    remove();
    const removeLater = defineCardErrors({ 900002: B });
    remove();
    expect(describeCardError(900002).message).toBe('Second definition.');
    expect(warnings().some((message) => /called twice|already/.test(message))).toBe(true);
    removeLater();
  });
});

describe('two toasters mounted', () => {
  it('the second renders nothing and says so in development; each toast shows once', async () => {
    render(
      <>
        <CardErrorToaster />
        <CardErrorToaster placement="top-left" />
      </>,
    );
    await act(async () => {
      toastCardError(45031);
    });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getAllByText(EN.codes['45031'].message)).toHaveLength(1);
    expect(warnings().some((message) => /CardErrorToaster/.test(message) && /(second|more than one|already)/.test(message))).toBe(true);
  });
});

describe('the second toaster', () => {
  it('takes over when the first unmounts', async () => {
    const first = render(<CardErrorToaster />);
    render(<CardErrorToaster placement="top-left" />);
    first.unmount();
    await act(async () => {
      toastCardError(45031);
    });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByText(EN.codes['45031'].message)).toBeInTheDocument();
  });
});
