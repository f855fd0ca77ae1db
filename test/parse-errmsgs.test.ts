// Issue 10 item 1: WeChat's errmsg forwarded alone (`throw new Error(wxBody.errmsg)`) still names its
// errcode. The texts are input data copied from the references, not the parser's own table (issue 19:
// tests reach the kit through its public doors only).
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';

const RID = '6a1b2c3d-11112222-33334444';

/**
 * WeChat's own English errmsgs, one per catalog code WeChat is seen sending it for (shared/reference/
 * wechat-codes.tsv's en_accurate quotes, more-card-codes.tsv, and the public SDK reports the parser's table
 * cites): input data. Each must bring back its code when a back end forwards the text alone. "invalid
 * code" (40116 and 40029) and "system error" (-1) must not: see "numbers that are not WeChat errcodes".
 */
const WECHAT_ERRMSGS: readonly (readonly [number, string])[] = [
  [40009, 'invalid image size'],
  [40070, 'invalid sku info'],
  [40071, 'invalid card type'],
  [40072, 'invalid location id'],
  [40073, 'invalid card id'],
  [40075, 'invalid encrypt code'],
  [40078, 'invalid card status'],
  [40080, 'invalid card ext'],
  [40097, 'invalid args'],
  [40099, 'invalid code, this code has consumed.'],
  [40100, 'invalid DateInfo'],
  [40107, 'invalid card id! 1,card status must verify ok; 2,this card must have location_id'],
  [40109, 'too many code size, must <= 100'],
  [40110, 'have empty code'],
  [40111, 'have same code'],
  [40122, 'invalid card quantity'],
  [40124, 'too many custom field!'],
  [40127, 'invalid user-card status!'],
  [40135, 'invalid not supply bonus'],
  [40136, 'invalid use DepositCodeMode, make sure sku.quantity>DepositCode.quantity'],
  [40139, 'invalid sub merchant id'],
  [40145, 'invalid update! Can not both set PayCell and CenterCellInfo'],
  [40146, 'invalid openid! card may be marked by other user!'],
  [40150, 'invalid card parameters'],
  [40151, 'invalid card info, text/pic hit antispam'],
  [40158, 'invalid use_custom_code, need be false'],
  [40056, 'invalid serial code'],
  [41011, 'missing required fields!'],
  [41012, 'missing card id'],
  [41013, 'missing code'],
  [43009, 'can not use custom code, need authorize'],
  [43010, 'can not use balance, need authorize'],
  [43017, 'require location id!'],
  [43018, 'code has no been mark!'],
  [45009, 'reach max api daily quota limit'],
  [45029, 'qrcode count out of limit'],
  [45030, 'limit cardid, not support this function'],
  [45031, 'stock is out of limit'],
  [45033, 'user get card num is out of get_limit'],
  [45039, 'card_list_size out of limit'],
  [45041, 'this card reach total sku quantity limit!'],
  [45042, 'limit card type, this card type can NOT create by sub merchant'],
  [45160, 'invalid category to create card'],
  [47001, 'data format error'],
  [50004, 'user not allow to use accesstoken, maybe for punishment'],
  [61003, 'component is not authorized by this account'],
  [61004, 'access clientip is not registered'],
  [61007, 'api is unauthorized to component'],
  [61016, 'function category of API need be confirmed by component'],
  [61023, 'refresh_token is invalid'],
  [40001, 'invalid credential, access_token is invalid or not latest'],
  [40003, 'invalid openid'],
  [40164, 'invalid ip'],
  [41001, 'access_token missing'],
  [61501, 'date range error'],
  [52000, 'pic is not from cdn'],
  [61006, 'component ticket is invalid'],
  [43011, 'can not use bonus, need authorize'],
  [40147, 'invalid consume! Consume time overranging restricts.'],
];

describe('WeChat errmsgs forwarded alone', () => {
  // A text that another code's longer text would shadow, or that the parser no longer knows, fails here.
  it.each(WECHAT_ERRMSGS)('%i: "%s" alone recovers its own code, with or without hint and rid', (code, text) => {
    expect(parseCardError(text).code).toBe(code);
    expect(parseCardError(new Error(`${text} hint: [Xy12] rid: ${RID}`))).toMatchObject({ code, rid: RID });
  });
});
