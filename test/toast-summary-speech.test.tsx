// Issue 21 item 7: the "N more" summary is announced when it appears and when its count changes, in its language.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorToaster, dismissCardErrorToast, toastCardError } from '../src/index';
import { kitWords } from './helpers';
import { listen, speakFor } from './toastSpeech';

beforeEach(() => {
  dismissCardErrorToast(); // the queue is a module singleton: start empty
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each(CARD_ERROR_LANGUAGES)('the "N more" summary, in %s', (lng) => {
  it('is spoken once when it appears and once more when its count changes', async () => {
    const said = (n: number) => kitWords(lng).toast.moreLabel.replace('{{count}}', n.toLocaleString(lng));
    const speech = listen();
    render(<CardErrorToaster lng={lng} limit={1} />);
    await act(async () => {
      toastCardError(45031, { key: 'a', duration: Infinity });
      toastCardError(40099, { key: 'b', duration: Infinity });
    });
    await speakFor(20_000);
    expect(speech.heard().filter(({ text }) => text === said(1))).toEqual([expect.objectContaining({ lang: lng, live: 'polite' })]);
    await act(async () => {
      toastCardError(40013, { key: 'c', duration: Infinity });
    });
    await speakFor(10_000);
    expect(speech.heard().filter(({ text }) => text === said(2))).toHaveLength(1);
    speech.stop();
  });
});
