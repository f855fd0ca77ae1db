/**
 * What WeChat's card APIs answer in the In-context demo: real response bodies (WeChat replies HTTP 200
 * with a non-zero errcode), including the ` hint: [...]` and ` rid: ...` suffixes it appends.
 */
export const WECHAT_RESPONSES = {
  /** POST card/code/consume with a code that was already redeemed. */
  consumeCode: { errcode: 40099, errmsg: 'invalid code, this code has consumed. rid: 6562e1a0-3c1b9d2e-0f7a4b11' },
  /** POST card/modifystock while WeChat is busy. */
  modifyStockBusy: { errcode: -1, errmsg: 'system error rid: 6562e1a4-5d0c2a7f-1e8b3c22' },
  /** POST card/modifystock, second try. */
  modifyStockOk: { errcode: 0, errmsg: 'ok' },
  /** POST card/update that shortens the validity period. */
  updateDates: {
    errcode: 40100,
    errmsg:
      'invalid DateInfo, Make sure OldDateInfo.type==NewDateInfo.type && NewDateInfo.begin_timestamp<=OldDateInfo.begin_timestamp && NewDateInfo.end_timestamp>=OldDateInfo.end_timestamp hint: [Wb3r5a0472e297] rid: 6562e1a9-7a6e1f30-2c9d4e33',
  },
  /** POST card/create on an account without the Cards feature. */
  createCard: { errcode: 48001, errmsg: 'api unauthorized hint: [xHzQBa0139b541] rid: 6562e1b2-1b4f8c6d-3d0e5f44' },
} as const;

/** A WeChat response body. */
export type WeChatResponse = { readonly errcode: number; readonly errmsg: string };

/** How long the demo's calls take: long enough to see the busy state, short enough for tests. */
const NETWORK_MS = 150;

/** Pretends to call a card API: resolves with WeChat's body after a network-like delay. */
export function callWeChat(response: WeChatResponse): Promise<WeChatResponse> {
  return new Promise((resolve) => setTimeout(() => resolve(response), NETWORK_MS));
}
