// `initReactI18next` registers the host's instance for the whole page; test/setup-dom.ts forgets it after each test.
// Issue 12: the kit rendered before the host ran `i18next.use(initReactI18next).init(…)` (react-i18next's
// own quick start, on i18next's default instance) stayed in English. Failed before the fix.
import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { expect, it } from 'vitest';
import { CARD_ERROR_RESOURCES, CardErrorAlert, CardErrorToaster, toastCardError } from '../src/index';

it('open alerts and toasts follow a host instance set up after they rendered', async () => {
  render(
    <>
      <CardErrorAlert code={45031} />
      <CardErrorToaster />
    </>,
  );
  await act(async () => {
    toastCardError(40099);
  });
  const { en, 'zh-CN': zh } = CARD_ERROR_RESOURCES;
  expect(screen.getByText(en.codes['45031'].message)).toBeInTheDocument();
  await act(() => i18next.use(initReactI18next).init({ lng: 'zh-CN', resources: {}, initAsync: false }));
  expect(screen.getByText(zh.codes['45031'].message)).toBeInTheDocument();
  expect(screen.getByText(zh.codes['40099'].message)).toBeInTheDocument();
});
