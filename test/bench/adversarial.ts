// Crafted inputs for parseCardError, one or more per pattern the parser uses: each repeats what a pattern
// starts to match (or a run it could swallow) so that a backtracking regex would go quadratic or worse.
// Shared by test/parse-adversarial.test.ts (linear growth) and `npm run bench` (worst 1 MB time).

/** `unit` repeated to at least `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** An Error chain `depth` deep, each level carrying the same text. */
function chain(text: string, depth: number): Error {
  let error = new Error(text);
  for (let i = 1; i < depth; i += 1) error = new Error(text, { cause: error });
  return error;
}

/** [name, build(size in characters)] */
export const ADVERSARIAL_INPUTS: readonly (readonly [string, (size: number) => unknown])[] = [
  ['"错误代码：" repeated (WxJava, Senparc)', (n) => fill('错误代码：', n)],
  ['"错误代码：1, 错误信息：" repeated', (n) => fill('错误代码：1, 错误信息：', n)],
  ['"错误代码：1，说明：" repeated', (n) => fill('错误代码：1，说明：', n)],
  ['"错误代码：" then a digit run', (n) => `错误代码：${fill('9', n)}`],
  ['"错误码:1, " repeated (PHP SDKs)', (n) => fill('错误码:1, ', n)],
  ['"错误: Code=" repeated (WxJava 2.x)', (n) => fill('错误: Code=', n)],
  ['"Error code: 1, message: " repeated (wechatpy)', (n) => fill('Error code: 1, message: ', n)],
  ['"Error code: " then a digit run', (n) => `Error code: ${fill('1', n)}`],
  ['"errcode" repeated', (n) => fill('errcode', n)],
  ['"\\"errcode\\":" repeated (JSON key)', (n) => fill('"errcode":', n)],
  ['"errcode=" then a digit run (silenceper)', (n) => `errcode=${fill('1', n)}`],
  ['"errcode=1 , errmsg=" repeated', (n) => fill('errcode=1 , errmsg=', n)],
  ['an unterminated errmsg string', (n) => `{"errcode":1,"errmsg":"${fill('a', n)}`],
  ['escaped quotes in an errmsg string', (n) => `x {"errcode":1,"errmsg":"${fill('\\"', n)}`],
  ['"{" repeated', (n) => fill('{', n)],
  ['"{\\"a\\":" nested, under the JSON size limit', (n) => fill('{"a":', Math.min(n, 60_000))],
  ['" rid: " repeated (errmsg)', (n) => ({ errcode: 1, errmsg: fill(' rid: ', n) })],
  ['" rid: " then a long token (errmsg)', (n) => ({ errcode: 1, errmsg: ` rid: ${fill('a', n)}` })],
  ['" rid: " + 100 letters repeated (text)', (n) => fill(` rid: ${'a'.repeat(100)}`, n)],
  ['" rid: 6561a3f0-" repeated (errmsg, trailing rid)', (n) => ({ errcode: 1, errmsg: fill(' rid: 6561a3f0-', n) })],
  ['" rid: " then a run of hex groups, then punctuation', (n) => ({ errcode: 1, errmsg: ` rid: ${fill('abcd-', n)}${fill('.', 64)}` })],
  ['", rid:" + spaces repeated (text)', (n) => fill(',   rid:   ', n)],
  ['"SocketTimeou" repeated in an envelope (timeout words)', (n) => ({ code: 500, msg: fill('SocketTimeou', n) })],
  ['"Read timed ou" and "timeout of 1" repeated (timeout words)', (n) => ({ code: 500, msg: fill('Read timed outtimeout of 1', n) })],
  ['"timeout of " then a digit run (timeout words)', (n) => new Error(`timeout of ${fill('5', n)}ms exceeded`)],
  ['"[40164] " repeated (number beside an errmsg)', (n) => fill('[40164] ', n)],
  ['"[40164] invalid i" repeated (errmsg almost confirmed)', (n) => ({ code: 500, msg: fill('[40164] invalid i', n) })],
  ['"40001: " repeated (number beside an errmsg)', (n) => fill('40001: ', n)],
  ['"(40099, \'" repeated (wechatpy repr)', (n) => fill("(40099, '", n)],
  ['"X(40099, invalid code, this code has consumed" then no ")"', (n) => `X(40099, invalid code, this code has consumed${fill(' a', n)}`],
  ['"errcode: 1," then a whitespace run (util.inspect)', (n) => `{ errcode: 1,${fill(' \n', n)}errmsg: 'x' }`],
  ['"errcode: 1,\\n" + indentation repeated (util.inspect)', (n) => fill(`errcode: 1,\n${' '.repeat(60)}`, n)],
  ['" hint: [" repeated', (n) => ({ errcode: 1, errmsg: fill(' hint: [', n) })],
  ['", hints: [ req_id: " repeated', (n) => ({ errcode: 1, errmsg: fill(', hints: [ req_id: ', n) })],
  ['a whitespace run', (n) => new Error(`${fill(' \n\t\u2028', n)}x`)],
  ['"\\x1b[" repeated (ANSI)', (n) => new Error(fill('\x1b[', n))],
  ['"\\x1b[1;" repeated (ANSI parameters)', (n) => new Error(fill('\x1b[1;', n))],
  ['an unterminated OSC escape', (n) => new Error(`\x1b]${fill('a', n)}`)],
  ['"<" repeated', (n) => fill('<', n)],
  ['"<html><title>" repeated', (n) => fill('<html><title>', n)],
  ['one unclosed HTML tag', (n) => `<html ${fill('a', n)}`],
  ['a digit run', (n) => fill('1', n)],
  ['a digit run in an envelope', (n) => ({ code: 500, msg: fill('4', n) })],
  ['a WeChat errmsg prefix repeated (recovery)', (n) => fill('invalid card id! ', n)],
  ['a WeChat errmsg then a run of dots', (n) => `stock is out of limit${fill('.', n)}`],
  ['an emoji run', (n) => ({ errcode: 1, errmsg: fill('😀', n) })],
  ['one text behind 30 causes', (n) => chain(fill('错误代码：', n), 30)],
  // Issue 21: the Mini Program errMsg, the timeout texts, server codes as words, invisible characters.
  ['"request:fail" repeated (Mini Program)', (n) => ({ errMsg: fill('request:fail', n) })],
  ['"request:fail " then a "time" run', (n) => ({ errMsg: `request:fail ${fill('time ', n)}` })],
  ['"request:fail " then a "domain " run', (n) => ({ errMsg: `request:fail ${fill('domain ', n)}` })],
  ['"timeout for 1" repeated', (n) => ({ code: 500, msg: fill('timeout for 1', n) })],
  ['"timeout for " then a digit run', (n) => ({ code: 500, msg: `timeout for ${fill('5', n)}ms` })],
  ['"请求" repeated then "超时"', (n) => ({ code: 500, msg: `${fill('请求', n)}超时` })],
  ['"timed " repeated', (n) => ({ code: 500, msg: fill('timed ', n) })],
  ['a server code word run', (n) => ({ code: fill('A', n), msg: 'x' })],
  ['lone high surrogates', (n) => ({ errcode: 1, errmsg: fill('\ud800', n) })],
  ['lone low surrogates', (n) => ({ errcode: 1, errmsg: fill('\udc00', n) })],
  ['zero-width joiners beside ASCII', (n) => ({ errcode: 1, errmsg: fill('a\u200d', n) })],
  ['tag characters', (n) => ({ errcode: 1, errmsg: fill('\udb40\udc41', n) })],
  ['an errors[] of long messages', (n) => ({ errors: [fill('stock is out of limit ', n), fill('invalid code, ', n)] })],
  // Issue 22: WeChat Pay's SDK texts, bodies and the redaction of request parts.
  ['WeChat Pay: "error http response:[StatusCode: 403 Code: \"" repeated (wechatpay-go)', (n) => fill('error http response:[StatusCode: 403 Code: "', n)],
  ['WeChat Pay: "Wrong HttpStatusCode[403]httpResponseBody[" repeated (wechatpay-java)', (n) => fill('Wrong HttpStatusCode[403]httpResponseBody[', n)],
  ['WeChat Pay: "{\"code\":\"NOT_ENOUGH\"," repeated (v3 body in a text)', (n) => fill('{"code":"NOT_ENOUGH",', n)],
  ['WeChat Pay: "{" run then a listed code (object scan)', (n) => `${fill('{', n)}"code":"NOT_ENOUGH","message":"x"}`],
  ['WeChat Pay: a listed code after a run without "{" (body start search)', (n) => `${fill('a', n)}"code":"NOT_ENOUGH"`.repeat(2)],
  ['WeChat Pay: "Client error: `POST " + a long URL run (Guzzle)', (n) => fill(`Client error: \`POST ${'a'.repeat(3000)}`, n)],
  ['WeChat Pay: "结果代码：FAIL，错误代码：" repeated (WxJava v2)', (n) => fill('结果代码：FAIL，错误代码：', n)],
  ['WeChat Pay: "<err_code>" repeated (v2 XML)', (n) => fill('<err_code><![CDATA[', n)],
  ['WeChat Pay: "Pay Error code: " repeated (wechatpy)', (n) => fill('Pay Error code: NOT_ENOUGH, message: ', n)],
  ['WeChat Pay: "errCode=NOT_ENOUGH, errCodeDes=" repeated (WxJava v3)', (n) => fill('errCode=NOT_ENOUGH, errCodeDes=', n)],
  ['redaction: "Authorization: \"" repeated in a server text', (n) => ({ code: 500, msg: fill('Authorization: "\\', n) })],
  ['redaction: "WECHATPAY2-A mchid=\"" repeated', (n) => new Error(fill('WECHATPAY2-A mchid="', n))],
  ['redaction: "https://a/users/" repeated (URL)', (n) => new Error(fill('https://a/users/', n))],
  ['redaction: an openid-like run', (n) => new Error(fill('o', n))],
  ['redaction: "signature=\"" repeated', (n) => new Error(fill('signature="', n))],
  ['redaction: a hex run (certificate serial number)', (n) => new Error(fill('5157F09E', n))],
  ['redaction: "序列号 " and 8 hex repeated', (n) => new Error(fill('序列号 5157F09E', n))],
  ['redaction: "serial no: " repeated', (n) => new Error(fill('serial no: ', n))],
  ['WeChat Pay: "<return_code>FAIL<return_msg>" repeated (v2 refused)', (n) => fill('<return_code>FAIL<return_msg><![CDATA[', n)],
  ['WeChat Pay: "error http response:[StatusCode: 5" repeated (status only)', (n) => fill('error http response:[StatusCode: 5', n)],
  // Issue 22 item 3: an unlisted code in WeChat Pay's shape (SDK texts, a Guzzle URL on api.mch.weixin.qq.com).
  ['WeChat Pay: wechatpay-java text, then "{\"code\":\"NEW_RULE\"," repeated (unlisted code)', (n) => `Wrong HttpStatusCode[400]httpResponseBody[${fill('{"code":"NEW_RULE",', n)}`],
  ['WeChat Pay: Guzzle on api.mch.weixin.qq.com, then unlisted codes repeated', (n) => `Client error: \`POST https://api.mch.weixin.qq.com/v3/x\` resulted in a \`400 Bad Request\` response:\n${fill('{"code":"NEW_RULE","message":"', n)}`],
  ['WeChat Pay: "https://api.mch.weixin.qq.com" repeated in a Guzzle URL', (n) => `Client error: \`POST ${fill('https://api.mch.weixin.qq.com', 2000)}\` resulted in a \`400 X\` response:${fill('{', n)}`],
  ['WeChat Pay: "错误代码：A_B_C_D" runs (WxJava v2, unlisted code)', (n) => fill('结果代码：FAIL，错误代码：A_B_C_D_E_F_G_H_I_J_K', n)],
  ['a generic code beside a WeChat errmsg prefix run (evidence)', (n) => ({ code: 40001, errorCode: 40099, errCode: 45031, message: fill('invalid credential, ', n), msg: fill('invalid code, this code ', n) })],
];

/** The 1 MB size the issue names. */
export const ONE_MB = 1024 * 1024;

/** Fastest of `rounds` timings, in ms, of `run` (the fastest is the least disturbed by GC and scheduling). */
export function fastestMs(run: () => void, rounds: number, now: () => number): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i += 1) {
    const start = now();
    run();
    best = Math.min(best, now() - start);
  }
  return best;
}
