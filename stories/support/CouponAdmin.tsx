import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  CardErrorAlert,
  CardErrorToaster,
  toastCardError,
  type CardErrorAction,
  type CardErrorView,
} from '../../src/index';
import { WECHAT_RESPONSES, callWeChat, type WeChatResponse } from './fakeWeChat';
import { storyWords, type StoryWords } from './words';
import './stories.css';

type CouponKind = keyof StoryWords['admin']['couponNames'];

interface Coupon {
  readonly kind: CouponKind;
  readonly stock: number;
  readonly begin: string;
  readonly end: string;
}

const COUPONS: readonly Coupon[] = [
  { kind: 'cash', stock: 1200, begin: '2026-11-01', end: '2026-12-31' },
  { kind: 'gift', stock: 0, begin: '2026-11-15', end: '2027-01-15' },
  { kind: 'discount', stock: 86, begin: '2026-12-01', end: '2027-02-28' },
];

/** Which form is open below the table. */
type Panel = { readonly form: 'stock' | 'dates'; readonly kind: CouponKind } | null;

/** Props of the demo page. */
export interface CouponAdminProps {
  /** The toolbar's language, for the page's own words (the kit follows its i18next instance). */
  lng: string;
  /** Called for actions the page hands to the rest of the app (apply for access, contact support…). */
  onAppAction?: (action: CardErrorAction, view: CardErrorView) => void;
}

/** A labelled section of the page. */
function Section({ title, children }: { title: string; children: ReactNode; key?: string }) {
  const id = useId();
  return (
    <section className="sb-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Runs one WeChat call at a time. `inline` keeps the response to show as an alert where the person is
 * working (`null` while there is nothing to show); otherwise the caller decides (a toast).
 */
function useWeChatCall() {
  const [result, setResult] = useState<WeChatResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (response: WeChatResponse, inline = true) => {
    setBusy(true);
    const answer = await callWeChat(response);
    if (inline) setResult(answer);
    setBusy(false);
    return answer;
  };
  return { result, busy, run, clear: () => setResult(null) };
}

/**
 * A coupon admin page as a merchant back office would build it: the coupon list, redeem-code, add-stock,
 * edit-dates and create-card, each calling a WeChat card API that fails. Failures that block the task
 * show as inline alerts where the person is working; a transient one (WeChat busy while adding stock)
 * shows as a toast whose Retry runs the call again, and the outcome replaces it in the same toast.
 */
export function CouponAdmin({ lng, onAppAction }: CouponAdminProps) {
  const words = storyWords(lng).admin;
  const [coupons, setCoupons] = useState(COUPONS);
  const [panel, setPanel] = useState<Panel>(null);
  const create = useWeChatCall();
  const redeem = useWeChatCall();
  const edit = useWeChatCall();
  const panelForm = useRef<HTMLFormElement>(null);
  const codeId = useId();

  const open = (next: Panel) => {
    edit.clear();
    setPanel(next);
  };
  const focusFirstField = () => panelForm.current?.querySelector('input')?.focus();
  /** The alerts' action buttons: what this page can do itself, the rest goes to the app. */
  const onAction = (action: CardErrorAction, view: CardErrorView) => {
    if (action === 'editInput') focusFirstField();
    else onAppAction?.(action, view);
  };
  const saveStock = async () => {
    if (!panel) return;
    const { kind } = panel;
    const added = (response: WeChatResponse) => {
      if (response.errcode === 0) setCoupons((list) => list.map((c) => (c.kind === kind ? { ...c, stock: c.stock + 500 } : c)));
      return response;
    };
    // WeChat is busy on the first try: nothing to fix in the form, so close it and offer Retry in a toast.
    const response = added(await edit.run(WECHAT_RESPONSES.modifyStockBusy, false));
    setPanel(null);
    toastCardError(response, {
      key: 'modify-stock',
      onRetry: async () => added(await callWeChat(WECHAT_RESPONSES.modifyStockOk)),
    });
  };
  const submit = (event: FormEvent, save: () => Promise<unknown>) => {
    event.preventDefault();
    void save();
  };
  const coupon = panel && coupons.find((c) => c.kind === panel.kind);
  const name = coupon ? words.couponNames[coupon.kind] : '';

  return (
    <div className="sb-page">
      <header className="sb-row" style={{ justifyContent: 'space-between' }}>
        <div>
          <h1>{words.title}</h1>
          <p className="sb-muted">{words.intro}</p>
        </div>
        <button
          type="button"
          className="sb-button"
          data-variant="primary"
          disabled={create.busy}
          onClick={() => void create.run(WECHAT_RESPONSES.createCard)}
        >
          {create.busy ? words.working : words.createCard}
        </button>
      </header>
      {create.result ? <CardErrorAlert error={create.result} onAction={onAction} onDismiss={create.clear} /> : null}

      <div className="sb-scroll">
        <table className="sb-table">
          <caption>{words.coupons}</caption>
          <thead>
            <tr>
              <th scope="col">{words.name}</th>
              <th scope="col">{words.type}</th>
              <th scope="col">{words.stock}</th>
              <th scope="col">{words.validity}</th>
              <th scope="col">{words.status}</th>
              <th scope="col">{words.actions}</th>
            </tr>
          </thead>
          <tbody>
            {coupons.map((c) => (
              <tr key={c.kind}>
                <th scope="row">{words.couponNames[c.kind]}</th>
                <td>{words.types[c.kind]}</td>
                <td>{words.left(c.stock)}</td>
                <td>{words.range(c.begin, c.end)}</td>
                <td>{c.stock > 0 ? words.onSale : words.soldOut}</td>
                <td>
                  <div className="sb-row">
                    <button type="button" className="sb-button" onClick={() => open({ form: 'stock', kind: c.kind })}>
                      {words.addStock}
                      <span className="cek-visually-hidden">{words.forCoupon(words.couponNames[c.kind])}</span>
                    </button>
                    <button type="button" className="sb-button" onClick={() => open({ form: 'dates', kind: c.kind })}>
                      {words.editDates}
                      <span className="cek-visually-hidden">{words.forCoupon(words.couponNames[c.kind])}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {panel && coupon ? (
        <Section
          key={`${panel.form}:${panel.kind}`}
          title={panel.form === 'stock' ? words.stockTitle(name) : words.editTitle(name)}
        >
          <form
            ref={panelForm}
            className="sb-row"
            onSubmit={(event) =>
              submit(event, panel.form === 'stock' ? saveStock : () => edit.run(WECHAT_RESPONSES.updateDates))
            }
          >
            {panel.form === 'stock' ? (
              <Field label={words.quantity} type="number" defaultValue="500" />
            ) : (
              <>
                {/* Shortening a card's dates is what WeChat refuses (40100). */}
                <Field label={words.begin} type="date" defaultValue={coupon.begin} />
                <Field label={words.end} type="date" defaultValue="2026-12-20" />
              </>
            )}
            <button type="submit" className="sb-button" data-variant="primary" disabled={edit.busy}>
              {edit.busy ? words.working : words.save}
            </button>
            <button type="button" className="sb-button" onClick={() => open(null)}>
              {words.cancel}
            </button>
          </form>
          {edit.result ? <CardErrorAlert error={edit.result} onAction={onAction} /> : null}
        </Section>
      ) : null}

      <Section title={words.redeemTitle}>
        <form className="sb-row" onSubmit={(event) => submit(event, () => redeem.run(WECHAT_RESPONSES.consumeCode))}>
          <div className="sb-field">
            <label htmlFor={codeId}>{words.redeemCode}</label>
            <input id={codeId} inputMode="numeric" autoComplete="off" defaultValue="1100 2233 4455" />
          </div>
          <button type="submit" className="sb-button" data-variant="primary" disabled={redeem.busy}>
            {redeem.busy ? words.working : words.redeem}
          </button>
        </form>
        {redeem.result ? <CardErrorAlert error={redeem.result} onAction={onAction} onDismiss={redeem.clear} /> : null}
      </Section>
      <CardErrorToaster />
    </div>
  );
}

/** A labelled input. */
function Field({ label, ...input }: { label: string; type: string; defaultValue: string }) {
  const id = useId();
  return (
    <div className="sb-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </div>
  );
}
