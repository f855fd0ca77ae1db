import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CardErrorAlert,
  defineCardErrors,
  describeCardError,
  useCardError,
  type CardErrorDefinitions,
} from '../src/index';
import { HAN, resetWarnings } from './helpers';

/** Definitions are global by design (they reach every entry point), so each test removes its own. */
let undo: Array<() => void> = [];
const define = (definitions: CardErrorDefinitions) => undo.push(defineCardErrors(definitions));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings(); // "once per code" is per process; start each test with a clean slate
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const remove of undo) remove();
  undo = [];
  warn.mockRestore();
  vi.unstubAllEnvs();
});

const SHOP_CODE = 900001;
const SHOP_DEFINITION: CardErrorDefinitions = {
  [SHOP_CODE]: {
    severity: 'warning',
    action: 'retry',
    retryable: true,
    category: 'stock',
    copy: {
      en: { message: 'The coupon sync with your POS is still running.', hint: 'Wait a minute, then redeem again.' },
      'zh-CN': { message: '优惠券正在与收银系统同步。', hint: '请稍等一分钟后再核销。' },
    },
  },
};

describe('defineCardErrors', () => {
  it('adds a code of the host with its own words in both languages, through describeCardError', () => {
    define(SHOP_DEFINITION);
    const en = describeCardError(SHOP_CODE, { lng: 'en' });
    expect(en).toMatchObject({ known: true, severity: 'warning', action: 'retry', retryable: true, category: 'stock' });
    expect(en.message).toBe('The coupon sync with your POS is still running.');
    expect(describeCardError(SHOP_CODE, { lng: 'zh-Hans' }).message).toBe('优惠券正在与收银系统同步。');
    expect(warn).not.toHaveBeenCalled();
  });

  it('overrides severity, action and words of a known code and keeps the rest of its entry', () => {
    define({ 40099: { severity: 'error', copy: { 'zh-CN': { message: '券已核销，请勿重复核销。' } } } });
    const view = describeCardError(40099, { lng: 'zh-CN' });
    expect(view).toMatchObject({ severity: 'error', action: 'none', retryable: false, category: 'cardState' });
    expect(view.message).toBe('券已核销，请勿重复核销。');
    expect(view.hint).toMatch(HAN); // the kit's own hint
    expect(describeCardError(40099, { lng: 'en' }).message).toMatch(/redeemed/); // English untouched
  });

  it('reaches <CardErrorAlert> and re-renders it when defined after mount', () => {
    render(<CardErrorAlert code={SHOP_CODE} lng="zh-CN" onAction={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(String(SHOP_CODE)); // generic, names the code
    act(() => define(SHOP_DEFINITION));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('优惠券正在与收银系统同步。');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('reaches useCardError', () => {
    define({ 45031: { action: 'contactSupport' } });
    function Probe() {
      const { action, labels } = useCardError({ errcode: 45031 });
      return <button type="button">{action === 'none' ? '' : labels.actions[action]}</button>;
    }
    render(<Probe />);
    expect(screen.getByRole('button', { name: 'Contact WeChat support' })).toBeInTheDocument();
  });

  it('falls back to English when the host gave one language only', () => {
    define({ [SHOP_CODE]: { copy: { en: { message: 'Only in English.' } } } });
    const view = describeCardError(SHOP_CODE, { lng: 'zh-CN' });
    expect(view.message).toBe('Only in English.');
    expect(view.hint).toMatch(HAN); // no hint defined at all: the generic one, in Chinese
  });

  it.each([
    ['an unknown severity', { severity: 'fatal' }],
    ['an unknown action', { action: 'explode' }],
    ['an unknown category', { category: 'misc' }],
    ['an empty message', { copy: { en: { message: '  ' } } }],
  ])("ignores %s, keeps the kit's entry and warns in development", (_label, bad) => {
    define({ 45031: bad as CardErrorDefinitions[number] });
    const view = describeCardError(45031, { lng: 'en' });
    expect(view).toMatchObject({ severity: 'warning', action: 'restock', category: 'stock' });
    expect(view.message).toMatch(/out of stock/i);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('45031');
  });

  it('stops applying definitions once removed', () => {
    const remove = defineCardErrors({ 45031: { severity: 'error' } });
    expect(describeCardError(45031).severity).toBe('error');
    remove();
    expect(describeCardError(45031).severity).toBe('warning');
  });
});

describe('development warnings', () => {
  it('warns once per unknown code, naming it and how to add it', () => {
    describeCardError(777001);
    describeCardError({ errcode: 777001 });
    describeCardError(777002);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/777001.*defineCardErrors/);
    expect(String(warn.mock.calls[1]?.[0])).toContain('777002');
  });

  it('stays silent in production builds', () => {
    vi.stubEnv('NODE_ENV', 'production');
    describeCardError(777003);
    define({ 45031: { severity: 'fatal' as never } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not warn about known codes or inputs without a code', () => {
    describeCardError(45031);
    describeCardError(null);
    describeCardError(new Error('Network Error'));
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('WeChat quirks', () => {
  it("names 40164's caller IP in the technical details", () => {
    const response = { errcode: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 65f0c2d1-0a1b2c3d-4e5f6a7b' };
    expect(describeCardError(response, { lng: 'en' }).detail).toContain('203.0.113.7');
    expect(describeCardError(response, { lng: 'zh-CN' }).detail).toMatch(/203\.0\.113\.7.*白名单/);
    expect(describeCardError(40164, { lng: 'en' }).detail).not.toMatch(/\{\{|undefined/);
  });

  it.each([40001, 40014, 42001])('tells the operator to retry %i once (one Try again button), then the developer', (code) => {
    const en = describeCardError(code, { lng: 'en' });
    expect(en).toMatchObject({ action: 'retry', retryable: true });
    expect(en.hint).toMatch(/once more/i);
    expect(en.hint).toMatch(/developer/i);
    expect(describeCardError(code, { lng: 'zh-CN' }).hint).toMatch(/再.*技术人员/);
  });
});
