import type { CardErrorCode } from './codes.js';

/**
 * WeChat's own English `errmsg` for a catalog code, exactly as WeChat sends it (case kept, before the
 * ` hint: [...]` / ` rid: ...` suffixes). Plain data, read by the parser three ways, each time only when the
 * text starts with one of these followed by a non-word character or its end:
 * - it recovers the errcode when a back end forwarded only the text (`throw new Error(wxBody.errmsg)`); the
 *   longest match wins ("invalid card id! 1,card status…" is 40107, not 40073);
 * - it confirms a number printed right before the text ("[40164] invalid ip …", "40001: invalid credential …",
 *   wechatpy's repr "WeChatClientException(40099, invalid code, …)"): the number counts only if this table
 *   lists the text for that same code;
 * - it confirms a back end's generic `code` / `errorCode` / `errCode` field as WeChat's errcode when the
 *   object's message is the text for that same code (`{errorCode: 40099, errorMessage: 'invalid code, this
 *   code has consumed.'}`).
 * Case-sensitive on purpose: WeChat writes them in lower case, a back end's own sentence ("Invalid args: name")
 * usually is not.
 *
 * Sources: the quoted errmsgs in shared/reference/wechat-codes.tsv (en_accurate) and more-card-codes.tsv;
 * 40001, 40003, 40164 and 41001 as quoted in public SDK code and issue reports (see the comments).
 * Left out on purpose, because WeChat sends the same text for another code, or the text is anyone's words:
 * - "invalid code": 40116, and also 40029 (the OAuth / jscode2session code) — would name the wrong failure;
 * - "system error" (-1) and "ok" (0): every back end says these about itself.
 * A new row: one code, texts WeChat is seen sending for it, none shared with another code.
 */
export const CARD_ERROR_ERRMSGS = {
  40009: ['invalid image size'],
  40070: ['invalid sku info'],
  40071: ['invalid card type'],
  40072: ['invalid location id'],
  40073: ['invalid card id'],
  40075: ['invalid encrypt code'],
  40078: ['invalid card status'],
  40080: ['invalid card ext'],
  40097: ['invalid args'],
  40099: ['invalid code, this code has consumed.'],
  // WeChat names the offending value after these ("invalid DateInfo …", "invalid user-card status! …").
  40100: ['invalid DateInfo'],
  40107: ['invalid card id! 1,card status must verify ok; 2,this card must have location_id'],
  40109: ['too many code size, must <= 100'],
  40110: ['have empty code'],
  40111: ['have same code'],
  40122: ['invalid card quantity'],
  40124: ['too many custom field!'],
  40127: ['invalid user-card status!'],
  40135: ['invalid not supply bonus'],
  40136: ['invalid use DepositCodeMode, make sure sku.quantity>DepositCode.quantity'],
  40139: ['invalid sub merchant id'],
  40145: ['invalid update! Can not both set PayCell and CenterCellInfo'],
  40146: ['invalid openid! card may be marked by other user!'],
  40150: ['invalid card parameters'],
  40151: ['invalid card info, text/pic hit antispam'],
  40158: ['invalid use_custom_code, need be false'],
  40056: ['invalid serial code'],
  41011: ['missing required fields!'],
  41012: ['missing card id'],
  41013: ['missing code'],
  43009: ['can not use custom code, need authorize'],
  43010: ['can not use balance, need authorize'],
  43017: ['require location id!'],
  43018: ['code has no been mark!'],
  45009: ['reach max api daily quota limit'],
  45029: ['qrcode count out of limit'],
  45030: ['limit cardid, not support this function'],
  45031: ['stock is out of limit'],
  45033: ['user get card num is out of get_limit'],
  45039: ['card_list_size out of limit'],
  45041: ['this card reach total sku quantity limit!'],
  45042: ['limit card type, this card type can NOT create by sub merchant'],
  45160: ['invalid category to create card'],
  47001: ['data format error'],
  50004: ['user not allow to use accesstoken, maybe for punishment'],
  61003: ['component is not authorized by this account'],
  61004: ['access clientip is not registered'],
  61007: ['api is unauthorized to component'],
  61016: ['function category of API need be confirmed by component'],
  61023: ['refresh_token is invalid'],
  // Followed by ", could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/…"
  // in replies quoted across public SDK tests and issue reports.
  40001: ['invalid credential, access_token is invalid or not latest'],
  // Senparc issue reports: "微信请求发生错误！错误代码：40003，说明：invalid openid hint: [...]".
  40003: ['invalid openid'],
  // "invalid ip 198.51.100.23 ipv6 ::ffff:198.51.100.23, not in whitelist" (EasyWeChat reports); the IP varies.
  40164: ['invalid ip'],
  // "access_token missing, hints: [ req_id: ... ]" (replies quoted in public code).
  41001: ['access_token missing'],
  // Added with their catalog entries (helper C): shared/reference/more-card-codes.tsv ...
  61501: ['date range error'],
  52000: ['pic is not from cdn'],
  61006: ['component ticket is invalid'],
  // ... and the Open Platform return-code table as WxJava's WxOpenErrorMsgEnum carries it.
  43011: ['can not use bonus, need authorize'],
  40147: ['invalid consume! Consume time overranging restricts.'],
} as const satisfies { readonly [C in CardErrorCode]?: readonly string[] };
