import { resolveCardErrorLanguage, type CardErrorLanguage } from '../../src/index';
import { toTraditional } from './hant';

/**
 * The stories' own words: demo content (coupon names, column headers of the demo pages, filter
 * labels) that is not part of the kit's UI. Words the kit already has (severity, action and category
 * names, "Return code", "What WeChat means", …) come from `useCardError().labels` instead.
 */
const EN = {
  catalog: {
    title: 'Every WeChat card-coupon code the kit knows',
    allLanguagesTitle: 'Every code in every language the kit ships, side by side',
    filters: 'Filter the codes',
    severity: 'Severity',
    action: 'Action button',
    all: 'All',
    noButton: 'No button',
    message: 'Message',
    hint: 'Hint',
    shown: (shown: number, total: number) => `Showing ${shown} of ${total} codes`,
    languages: { en: 'English', 'zh-CN': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' } as Record<CardErrorLanguage, string>,
    originsTitle: 'Failures without a WeChat code: the connection, the merchant’s own server, a cancel',
    origin: 'Where it stopped',
    payTitle: 'Every WeChat Pay coupon code the kit knows (cash coupons, merchant coupons, the coupon plugin, v2 send_coupon), and the messages that change its meaning',
    payHead: 'WeChat Pay code and message',
  },
  hook: {
    caption: (code: string) => `What useCardError returns for errcode ${code}`,
    field: 'Field',
    value: 'Value',
    shownAs: 'Shown to people as',
    yes: 'yes',
    no: 'no',
  },
  admin: {
    title: 'Coupons',
    intro: 'Cards on the Official Account “Harbour Coffee”. Every action below calls a WeChat card API that fails.',
    createCard: 'Create card',
    coupons: 'Coupons on sale',
    name: 'Coupon',
    type: 'Type',
    stock: 'Stock',
    validity: 'Valid',
    status: 'Status',
    actions: 'Actions',
    addStock: 'Add stock',
    editDates: 'Edit dates',
    forCoupon: (name: string) => `: ${name}`,
    stockTitle: (name: string) => `Add stock: ${name}`,
    quantity: 'Quantity to add',
    redeemTitle: 'Redeem a coupon code',
    redeemCode: 'Coupon code',
    redeem: 'Redeem',
    editTitle: (name: string) => `Edit dates: ${name}`,
    begin: 'Starts',
    end: 'Ends',
    save: 'Save',
    cancel: 'Cancel',
    working: 'Working…',
    left: (n: number) => `${n} left`,
    onSale: 'On sale',
    soldOut: 'Sold out',
    range: (from: string, to: string) => `${from} to ${to}`,
    types: { cash: 'Cash coupon', gift: 'Gift voucher', discount: 'Discount coupon' },
    couponNames: {
      cash: '¥20 off orders over ¥100',
      gift: 'Free Americano',
      discount: 'Birthday 20% off',
    },
  },
  antd: {
    title: 'Redeem coupons (an Ant Design page)',
    redeem: 'Redeem code',
    notify: 'Show as a notification',
  },
};

/** The same words for merchants in mainland China. */
const ZH_CN: typeof EN = {
  catalog: {
    title: '组件收录的全部微信卡券错误码',
    allLanguagesTitle: '全部错误码：各语言对照',
    filters: '筛选错误码',
    severity: '严重程度',
    action: '操作按钮',
    all: '全部',
    noButton: '无按钮',
    message: '提示内容',
    hint: '处理建议',
    shown: (shown, total) => `共 ${total} 个错误码，当前显示 ${shown} 个`,
    languages: { en: '英文', 'zh-CN': '简体中文', 'zh-Hant': '繁体中文' },
    originsTitle: '没有微信错误码的失败：网络连接、商户自己的服务器、取消的请求',
    payTitle: '组件收录的全部微信支付营销错误码（代金券、商家券、发券插件、v2 发放代金券），以及会改变含义的错误描述',
    payHead: '微信支付错误码与描述',
    origin: '失败环节',
  },
  hook: {
    caption: (code) => `useCardError 对错误码 ${code} 的返回值`,
    field: '字段',
    value: '值',
    shownAs: '界面上显示为',
    yes: '是',
    no: '否',
  },
  admin: {
    title: '卡券管理',
    intro: '公众号“港湾咖啡”的卡券。下面每个操作都会调用微信卡券接口，并返回一个错误。',
    createCard: '创建卡券',
    coupons: '投放中的卡券',
    name: '卡券名称',
    type: '类型',
    stock: '库存',
    validity: '有效期',
    status: '状态',
    actions: '操作',
    addStock: '增加库存',
    editDates: '修改有效期',
    forCoupon: (name) => `：${name}`,
    stockTitle: (name) => `增加库存：${name}`,
    quantity: '增加数量',
    redeemTitle: '核销券码',
    redeemCode: '券码',
    redeem: '核销',
    editTitle: (name) => `修改有效期：${name}`,
    begin: '开始日期',
    end: '结束日期',
    save: '保存',
    cancel: '取消',
    working: '处理中…',
    left: (n) => `剩余 ${n} 张`,
    onSale: '投放中',
    soldOut: '已领完',
    range: (from, to) => `${from} 至 ${to}`,
    types: { cash: '代金券', gift: '兑换券', discount: '折扣券' },
    couponNames: {
      cash: '满100减20代金券',
      gift: '美式咖啡兑换券',
      discount: '会员生日8折券',
    },
  },
  antd: {
    title: '核销卡券（Ant Design 页面）',
    redeem: '核销券码',
    notify: '以通知形式显示',
  },
};

export type StoryWords = typeof EN;

const WORDS = { en: EN, 'zh-CN': ZH_CN, 'zh-Hant': toTraditional(ZH_CN) } as const satisfies Record<CardErrorLanguage, StoryWords>;

/** The stories' words in the language of a tag (as the kit maps it: zh-Hant, zh-CN or English). */
export function storyWords(lng: string | undefined): StoryWords {
  return WORDS[resolveCardErrorLanguage(lng)];
}
