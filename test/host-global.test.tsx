// `initReactI18next` registers the host's instance for the whole page; test/setup-dom.ts forgets it after each test.
import { act, render, screen } from '@testing-library/react';
import { initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CardErrorAlert } from '../src/index';
import { createHostI18n } from './helpers';

describe('a host that set up react-i18next with initReactI18next (no provider)', () => {
  it("follows the host instance's language, not the kit's own", async () => {
    const host = createHostI18n('zh-CN');
    host.use(initReactI18next);
    initReactI18next.init(host);
    render(<CardErrorAlert code={45031} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('库存');
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();
    await act(() => host.changeLanguage('en-GB'));
    expect(screen.getByRole('status')).toHaveTextContent(/out of stock/i);
  });
});
