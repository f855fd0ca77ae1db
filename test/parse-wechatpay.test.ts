// Issue 22 items 1, 2 (parse side) and 5: WeChat Pay failures are recognised wherever they arrive, told
// apart from back ends' own upper-case codes, never read as the operator's 401 / 403, and nothing private
// from a request (Authorization, signatures, serial numbers, HttpRequest[…], URL queries, openids) survives.
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';

type ParsedCardError = ReturnType<typeof parseCardError>;

const REQUEST_ID = '08F1E2B2A50610C70318DFBB8D5820B4A00E2897B01B';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const SIGNATURE = 'Z3VhcmRlZC1zaWduYXR1cmUtdmFsdWU9PQ';
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
const AUTHORIZATION = `WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="${SIGNATURE}",timestamp="1554208460",serial_no="${SERIAL}"`;
/** Everything private the inputs below carry: none of it may appear anywhere in a parsed value. */
const PRIVATE = [OPENID, SIGNATURE, SERIAL, 'WECHATPAY2', 'Authorization', '593BEC0C930BF1AFEB40B4A08C8FB242', 'HttpRequest', 'token=s3cr3t'];

const axiosError = (status: number, data: unknown, headers: Record<string, unknown> = {}) =>
  Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    response: { status, statusText: 'x', data, headers },
  });

/** What a parsed value must not carry, whatever the input held. */
function expectNothingPrivate(parsed: ParsedCardError): void {
  const json = JSON.stringify(parsed);
  for (const secret of PRIVATE) expect(json).not.toContain(secret);
}

// wechatpay-java ServiceException (wechatpay-apiv3/wechatpay-java core/…/exception/ServiceException.java):
// "Wrong HttpStatusCode[%d]%nhttResponseBody[%.1024s]\tHttpRequest[%s]", HttpRequest.toString() = its JSON.
const JAVA_TEXT =
  'com.wechat.pay.java.core.exception.ServiceException: Wrong HttpStatusCode[403]\nhttpResponseBody[{"code":"NOT_ENOUGH","message":"批次预算不足"}]\t' +
  `HttpRequest[{"httpMethod":"POST","url":"https://api.mch.weixin.qq.com/v3/marketing/favor/users/${OPENID}/coupons","headers":{"headers":{"Accept":"application/json","Authorization":${JSON.stringify(AUTHORIZATION)}}},"body":{"body":"{\\"stock_id\\":\\"9856000\\",\\"appid\\":\\"wx233544546545989\\"}"}}]`;
// Guzzle RequestException::create (guzzle/guzzle src/Exception/RequestException.php) as wechatpay-php throws it.
const GUZZLE_TEXT = `Client error: \`POST https://api.mch.weixin.qq.com/v3/marketing/favor/users/${OPENID}/coupons\` resulted in a \`403 Forbidden\` response:\n{"code":"NOT_ENOUGH","message":"批次预算不足"}\n`;

describe('issue 22: the four examples, verbatim', () => {
  it('HTTP 401 with SIGN_ERROR is WeChat Pay\'s signature, not the operator\'s sign-in', () => {
    const parsed = parseCardError(axiosError(401, { code: 'SIGN_ERROR', message: '签名错误，请检查后再试' }));
    expect(parsed).toMatchObject({ origin: 'wechatpay', code: 'SIGN_ERROR', errmsg: '签名错误，请检查后再试', status: 401, rid: null });
  });

  it.each([
    ['NOT_ENOUGH', '批次预算不足', '批次预算不足'],
    ['RULE_LIMIT', '用户已达最大领券次数', '用户已达最大领券次数'],
    ['USER_ACCOUNT_ABNORMAL', '用户非法', '用户非法'],
    // The real body ends with a line break (community thread quoted in wechat-pay.md): trimmed, inert.
    ['REQUEST_BLOCKED', '活动未开始或已结束\n', '活动未开始或已结束'],
  ])('HTTP 403 with %s is WeChat Pay\'s, not the operator\'s permission', (code, message, errmsg) => {
    expect(parseCardError(axiosError(403, { code, message }))).toMatchObject({ origin: 'wechatpay', code, errmsg, status: 403 });
  });

  it('wechatpay-java ServiceException text: NOT_ENOUGH, 403, the message alone, no HttpRequest part', () => {
    const parsed = parseCardError({ code: 500, msg: JAVA_TEXT, data: null });
    expect(parsed).toMatchObject({ origin: 'wechatpay', code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: 403 });
    expectNothingPrivate(parsed);
  });

  it('Guzzle (wechatpay-php) text: NOT_ENOUGH, 403, no openid from the URL', () => {
    const parsed = parseCardError(new Error(GUZZLE_TEXT));
    expect(parsed).toMatchObject({ origin: 'wechatpay', code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: 403 });
    expectNothingPrivate(parsed);
  });
});

const BODY = { code: 'NOT_ENOUGH', message: '批次预算不足' };
const fetchResponse = () => new Response(JSON.stringify(BODY), { status: 403, headers: { 'Content-Type': 'application/json', 'Request-ID': REQUEST_ID } });

/** [shape (source), input, what the parsed value holds] */
const SHAPES: readonly [string, unknown, Partial<ParsedCardError>][] = [
  ['v3 body as an object (pay.weixin.qq.com basic-rules)', BODY, { code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: null }],
  ['v3 body as JSON text', JSON.stringify(BODY), { code: 'NOT_ENOUGH', errmsg: '批次预算不足' }],
  ['v3 body with detail (yansongda/pay#776 Collection)', { code: 'PARAM_ERROR', detail: { location: 'uri_template', value: '' }, message: '输入源“/uri_template/stock_id”映射到字段“批次id”必填性规则校验失败，此字段为必填项' }, { code: 'PARAM_ERROR', errmsg: '输入源“/uri_template/stock_id”映射到字段“批次id”必填性规则校验失败，此字段为必填项' }],
  ['RuoYi envelope, the body as JSON text in msg', { code: 500, msg: JSON.stringify(BODY), data: null }, { code: 'NOT_ENOUGH', status: null, serverCode: 500 }],
  ['RuoYi envelope, the body in data', { code: 500, msg: '发券失败', data: BODY }, { code: 'NOT_ENOUGH', errmsg: '批次预算不足' }],
  ['Ant Design Pro envelope, the body in data', { success: false, errorMessage: '发券失败', showType: 2, data: BODY }, { code: 'NOT_ENOUGH' }],
  ['NestJS HttpException(body, 403) passed through', axiosError(403, BODY), { code: 'NOT_ENOUGH', status: 403 }],
  ['NestJS error body with the body as its message text', { statusCode: 403, message: JSON.stringify(BODY), error: 'Forbidden' }, { code: 'NOT_ENOUGH', status: 403 }],
  ['axios error with Request-ID (wechatpay-axios-plugin README: plain AxiosError)', axiosError(403, BODY, { 'request-id': REQUEST_ID }), { code: 'NOT_ENOUGH', requestId: REQUEST_ID }],
  ['ofetch FetchError around a fetch Response (headers.get)', Object.assign(new Error('[POST] "/api/coupons": 403'), { name: 'FetchError', status: 403, data: BODY, response: fetchResponse() }), { code: 'NOT_ENOUGH', status: 403, requestId: REQUEST_ID }],
  [
    'wechatpay-go core.APIError Error() (core/error.go), Detail and Header',
    `error http response:[StatusCode: 403 Code: "NOT_ENOUGH"\nMessage: 批次预算不足\nDetail:\n{\n  "location": "body"\n}\nHeader:\n - Request-Id=[${REQUEST_ID}]\n - Wechatpay-Signature=[${SIGNATURE}]\n - Wechatpay-Serial=[${SERIAL}]]`,
    { code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: 403, requestId: REQUEST_ID },
  ],
  ['a back end\'s text that prints the Request-ID header beside the v3 body', `发券失败 Request-ID: ${REQUEST_ID} ${JSON.stringify(BODY)}`, { code: 'NOT_ENOUGH', requestId: REQUEST_ID }],
  ['wechatpay-go core.APIError marshalled by a Go back end', { StatusCode: 403, Header: { 'Request-Id': [REQUEST_ID] }, Body: JSON.stringify(BODY), code: 'NOT_ENOUGH', message: '批次预算不足' }, { code: 'NOT_ENOUGH', status: 403, requestId: REQUEST_ID }],
  ['wechatpay-java ServiceException serialised by Jackson (its getters)', { httpStatusCode: 403, errorCode: 'NOT_ENOUGH', errorMessage: '批次预算不足', responseBody: JSON.stringify(BODY), httpRequest: { url: `https://api.mch.weixin.qq.com/v3/marketing/favor/users/${OPENID}/coupons`, headers: { headers: { Authorization: AUTHORIZATION } } } }, { code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: 403 }],
  ['wechatpay-java ServiceException, the old "httResponseBody" spelling (wechatpay-java#245)', 'com.wechat.pay.java.core.exception.ServiceException: Wrong HttpStatusCode[500]\nhttResponseBody[{"code":"SYSTEM_ERROR","message":"系统繁忙，请稍后重试"}]\tHttpRequest[{}]', { code: 'SYSTEM_ERROR', errmsg: '系统繁忙，请稍后重试', status: 500 }],
  ['wechatpay-java ServiceException, body cut at 1024 characters', `Wrong HttpStatusCode[400]\nhttpResponseBody[{"code":"PARAM_ERROR","message":"参数错误","detail":{"value":"${'x'.repeat(1100)}`, { code: 'PARAM_ERROR', errmsg: '参数错误', status: 400 }],
  ['Guzzle ServerException (wechatpay-php README §异常处理)', 'Server error: `POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/coupons/use` resulted in a `500 Internal Server Error` response:\n{"code":"SYSTEM_ERROR","message":"系统异常，请稍后重试"}\n', { code: 'SYSTEM_ERROR', status: 500 }],
  ['WxJava WxPayException v3 toString (WxJava#3574)', 'WxPayException(customErrorMsg=批次预算不足, returnCode=null, returnMsg=null, resultCode=null, errCode=NOT_ENOUGH, errCodeDes=批次预算不足, xmlString=null)', { code: 'NOT_ENOUGH', errmsg: '批次预算不足' }],
  ['WxJava WxPayException serialised (weixin-java-pay WxPayException fields)', { customErrorMsg: '批次预算不足', returnCode: null, errCode: 'NOT_ENOUGH', errCodeDes: '批次预算不足', xmlString: null }, { code: 'NOT_ENOUGH', errmsg: '批次预算不足' }],
  ['WxJava v2 message without brackets (WxJava#860)', '返回代码：SUCCESS，返回信息：，结果代码：FAIL，错误代码：INVALID_REQUEST，错误详情：268645892', { code: 'INVALID_REQUEST', errmsg: '268645892' }],
  ['WxJava v2 buildErrorMsg with brackets and the raw XML (WxPayException.java)', '返回代码：[SUCCESS]，结果代码：[FAIL]，错误代码：[USER_AL_GET_COUPON]，错误详情：[你已领取过该代金券]，微信返回的原始报文：\n<xml><return_code>SUCCESS</return_code></xml>', { code: 'USER_AL_GET_COUPON', errmsg: '你已领取过该代金券' }],
  ['wechatpy WeChatPayException __str__ (wechatpy/exceptions.py)', 'Error code: SUCCESS, message: OK. Pay Error code: USER_AL_GET_COUPON, message: 你已领取过该代金券', { code: 'USER_AL_GET_COUPON', errmsg: '你已领取过该代金券' }],
  ['Senparc TenPayApiResultCode (Additional "发生错误：{json}", TenPayApiResultCode.cs)', { Success: false, StateCode: '403', ErrorCode: 'NOT_ENOUGH', ErrorMessage: 'Senparc 表中的说明', Solution: '', Additional: `发生错误：${JSON.stringify(BODY)}` }, { code: 'NOT_ENOUGH', errmsg: '批次预算不足', status: 403 }],
  ['Senparc text "发生错误：{json}" forwarded as a message', new Error(`发生错误：${JSON.stringify(BODY)}`), { code: 'NOT_ENOUGH', errmsg: '批次预算不足' }],
  ['v2 XML answer, raw (sp_coupon.php)', '<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[USER_AL_GET_COUPON]]></err_code><err_code_des><![CDATA[你已领取过该代金券]]></err_code_des></xml>', { code: 'USER_AL_GET_COUPON', errmsg: '你已领取过该代金券' }],
  ['v2 XML answer, parsed to an object', { return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'STOCK_AMOUNT_NOT_ENOUGH', err_code_des: '代金券批次可用预算不足' }, { code: 'STOCK_AMOUNT_NOT_ENOUGH', errmsg: '代金券批次可用预算不足' }],
  ['v2 XML answer, parsed by xml2js (one-element arrays)', { xml: { return_code: ['SUCCESS'], result_code: ['FAIL'], err_code: ['AL_STOCK_OVER'], err_code_des: ['活动已结束'] } }, { code: 'AL_STOCK_OVER', errmsg: '活动已结束' }],
  ['v2 XML with a nine-digit err_code (the doc\'s own failure sample)', '<xml><return_code>SUCCESS</return_code><result_code>FAIL</result_code><err_code>268456007</err_code><err_code_des>你已领取过该代金券</err_code_des></xml>', { code: '268456007' }],
  ['coupon plugin bind:sendcoupon detail, a failed call (batch-results.md §2.5)', { errcode: 'SYSTEMERROR', msg: '发券超时' }, { code: 'SYSTEMERROR', errmsg: '发券超时' }],
  [
    'coupon plugin detail OK with one failed coupon: the first failure (batch-results.md §2.5)',
    { errcode: 'OK', msg: 'SUCCESS', send_coupon_result: [{ code: 'SUCCESS', message: '', out_request_no: '01', stock_id: '9655436' }, { code: 'DUPREQUEST', message: '', out_request_no: '02', stock_id: '9655436' }, { code: 'MAXQUOTA', message: '用户领取张数达到上限', out_request_no: '03', stock_id: '9654976' }] },
    { code: 'MAXQUOTA', errmsg: '用户领取张数达到上限' },
  ],
  ['coupon plugin send_coupon_result entry (batch-results.md §2.5)', { code: 'NOTENOUGH', message: '总预算用完', out_request_no: '1234567820220101', stock_id: '9856000' }, { code: 'NOTENOUGH', errmsg: '总预算用完' }],
];

describe('parseCardError: every WeChat Pay shape', () => {
  it.each(SHAPES)('%s', (_shape, input, expected) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ origin: 'wechatpay', rid: null, ...expected });
    expectNothingPrivate(parsed);
  });
});

describe("parseCardError: back ends' own upper-case codes stay theirs", () => {
  it.each([
    ['BAD_REQUEST (NestJS-style)', axiosError(400, { code: 'BAD_REQUEST', message: '请求参数有误' }), 'http', 400],
    ['INTERNAL_SERVER_ERROR', axiosError(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }), 'http', 500],
    ['UNAUTHENTICATED: the operator\'s own sign-in', axiosError(401, { code: 'UNAUTHENTICATED', message: '请先登录' }), 'http', 401],
    ['a listed code in a back end\'s envelope with its own fields', { code: 'PARAM_ERROR', msg: '参数错误', data: null, success: false }, 'unknown', null],
    ['a listed code without a message', { code: 'NOT_ENOUGH' }, 'unknown', null],
    ['FAILED without the plugin entry\'s keys is a back end\'s word', { code: 'FAILED', message: '操作失败' }, 'unknown', null],
    ['the plugin detail with every coupon sent', { errcode: 'OK', msg: 'SUCCESS', send_coupon_result: [{ code: 'SUCCESS', message: '', out_request_no: '01', stock_id: '1' }] }, 'unknown', null],
    ['a code not on the list in the v3 shape', { code: 'ORDER_NOT_EXIST', message: '订单不存在' }, 'unknown', null],
    ['lower case is not WeChat Pay\'s spelling', { code: 'not_enough', message: '余额不足' }, 'unknown', null],
  ])('%s', (_label, input, origin, status) => {
    expect(parseCardError(input)).toMatchObject({ origin, status });
  });
});

describe('parseCardError: nine-digit WeChat Pay numbers are never 卡券 errcodes', () => {
  it.each([
    ['a number alone', 268697610],
    ['a numeric string', '270079534'],
    ['an errcode field', { errcode: 270079534, errmsg: '批次预算不足' }],
    ['an envelope code', { code: 268697610, msg: '生成H5领券链接失败' }],
    ['a number in the v3 shape (WeChat Pay\'s codes are strings)', { code: 268697610, message: '生成H5领券链接失败' }],
    ['a number in the plugin\'s errcode', { errcode: 270079534, msg: '批次预算不足' }],
    ['a text', '生成H5领券链接失败，错误码 268697610'],
    ['WxJava 卡券 format with nine digits', '错误代码：269546505, 错误信息：商户证书已过期'],
  ])('%s', (_label, input) => {
    const parsed = parseCardError(input);
    expect(parsed.origin).not.toMatch(/^wechat/);
    expect(parsed.code).toBeNull();
  });
});

describe('parseCardError: Request-ID only in its shape', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['too long', 'A'.repeat(300)],
    ['too short', 'abc'],
    ['spaces inside', '08F1E2B2 A50610C7'],
  ])('%s is dropped', (_label, id) => {
    expect(parseCardError(axiosError(403, BODY, { 'request-id': id })).requestId).toBeNull();
  });
});

describe('parseCardError: nothing private from a request reaches any field (item 5)', () => {
  const HOSTILE_WECHATPAY: readonly [string, unknown][] = [
    ['v3 message carrying a header and a URL', { code: 'NOT_ENOUGH', message: `批次预算不足 Authorization: ${AUTHORIZATION} https://api.mch.weixin.qq.com/v3/x?token=s3cr3t` }],
    ['wechatpy message carrying an openid', `Error code: SUCCESS, message: OK. Pay Error code: USER_AL_GET_COUPON, message: 你已领取过该代金券 openid=${OPENID}`],
    ['WxJava v2 detail carrying a signature', `返回代码：SUCCESS，结果代码：FAIL，错误代码：SIGN_ERROR，错误详情：签名错误 signature="${SIGNATURE}" serial_no="${SERIAL}"`],
  ];
  it.each(HOSTILE_WECHATPAY)('WeChat Pay: %s', (_label, input) => {
    const parsed = parseCardError(input);
    expect(parsed.origin).toBe('wechatpay');
    expectNothingPrivate(parsed);
  });

  // An unlisted code in an SDK's text is still WeChat Pay's (issue 22 item 3): the unknown-code words, redacted the same.
  it.each([
    ['wechatpay-java text with an unlisted code', JAVA_TEXT.replace('NOT_ENOUGH', 'ORDER_NOT_EXIST')],
    ['Guzzle text with an unlisted code', GUZZLE_TEXT.replace('NOT_ENOUGH', 'ORDER_NOT_EXIST')],
  ] as const)('WeChat Pay, unknown code: %s', (_label, input) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ origin: 'wechatpay', code: 'ORDER_NOT_EXIST', status: 403 });
    expectNothingPrivate(parsed);
  });

  // A server's raw text without a WeChat Pay code is shown as origin http / unknown: redacted the same way.
  const HOSTILE_SERVER: readonly [string, unknown][] = [
    ['an Authorization header line', `upstream failed\nAuthorization: ${AUTHORIZATION}\nPOST /v3/x`],
    ['headers as JSON', `调用失败 {"Authorization":${JSON.stringify(AUTHORIZATION)},"Wechatpay-Serial":"${SERIAL}"}`],
    ['Go headers', `call failed\nHeader:\n - Wechatpay-Signature=[${SIGNATURE}]\n - Wechatpay-Serial=[${SERIAL}]`],
    ['a header inline', `Wechatpay-Signature: ${SIGNATURE} Wechatpay-Serial: ${SERIAL}`],
    ['a URL with a query and an openid path', `GET https://api.mch.weixin.qq.com/v3/marketing/favor/users/${OPENID}/coupons?token=s3cr3t failed`],
    ['an openid alone', `用户 ${OPENID} 领券失败`],
    ['the WECHATPAY2 token alone', `sign failed: ${AUTHORIZATION}`],
  ];
  it.each(HOSTILE_SERVER)('server text: %s', (_label, input) => {
    for (const wrapped of [input, new Error(String(input)), axiosError(502, input)]) {
      const parsed = parseCardError(wrapped);
      expect(parsed.origin).not.toBe('wechatpay');
      expect(parsed.errmsg).not.toBeNull();
      expectNothingPrivate(parsed);
    }
  });

  it("a WeChat (卡券) SDK text's URL loses its access_token", () => {
    const parsed = parseCardError('错误代码：40001, 错误信息：invalid credential GET https://api.weixin.qq.com/card/code/get?access_token=token=s3cr3t');
    expect(parsed).toMatchObject({ origin: 'wechat', code: 40001, errmsg: 'invalid credential GET https://api.weixin.qq.com/card/code/get' });
    expectNothingPrivate(parsed);
  });

  it('keeps the host and path of a URL, and the words around it', () => {
    const parsed = parseCardError(axiosError(502, `上游失败：GET https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/9856000?token=s3cr3t 超时`));
    expect(parsed.errmsg).toBe('上游失败：GET https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/9856000 超时');
  });
});

describe('parseCardError: WeChat Pay input that must not throw', () => {
  it('a proxy whose keys throw, with a listed code', () => {
    const hostile = new Proxy({ code: 'NOT_ENOUGH', message: 'x' }, { ownKeys: () => { throw new Error('no'); } });
    expect(() => parseCardError(hostile)).not.toThrow();
  });

  it('headers whose get throws', () => {
    const headers = { get: () => { throw new Error('no'); } };
    expect(parseCardError(axiosError(403, BODY, headers))).toMatchObject({ code: 'NOT_ENOUGH', requestId: null });
  });
});
