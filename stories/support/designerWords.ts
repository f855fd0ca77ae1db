import { resolveCardErrorLanguage, type CardErrorLanguage } from '../../src/index';
import { toTraditional } from './hant';

/**
 * Words of the designers' pages (Design/*): headings, column headers and the demo's own copy (a
 * host's custom code, label overrides). Not part of the kit's UI: words the kit has (severity names,
 * buttons) come from the locale files through `useCardError().labels` or `kitWords`.
 */
const EN = {
  themes: { light: 'Light theme', dark: 'Dark theme' },
  severities: {
    title: 'Every severity: the alert and the toast, light and dark',
    alerts: 'Alerts',
    toasts: (theme: string) => `Toasts, ${theme.toLowerCase()}`,
  },
  tokens: {
    title: 'Every --cek-* variable of styles.css',
    intro: 'Read from src/components/styles.css as it is now. Override any of them on an element to re-theme everything inside it.',
    variable: 'Variable',
    where: 'Declared for',
    light: 'Light',
    dark: 'Dark',
    everyTheme: 'both themes',
    perTheme: 'each theme',
    noValue: 'no value: where it is read, the var() fallback applies',
    sample: 'Aa 卡券 123',
  },
  gallery: {
    title: 'Toasts that stay open',
    action: (_count: number) => 'With an action button',
    retrying: (_count: number) => 'Retry pressed, still running',
    outcome: (_count: number) => 'After Retry: the outcome in the same toast',
    grouped: (count: number) => `The same failure ${count} times: one toast`,
    queued: (shown: number, count: number) => `${shown} on screen, ${count} more waiting: the toaster's summary`,
  },
  phone: {
    toasts: 'Toasts on a phone',
  },
  custom: {
    // A host's own back end code: its points service is down.
    message: 'The member points service isn’t responding, so points weren’t added.',
    hint: 'Add the points by hand in the member list, or try again in a few minutes.',
    detail: 'Errcode 930001 comes from our own back end: points-service timed out after 3 s.',
    remove: 'Remove the definition (unmount it)',
  },
  labels: {
    dismiss: 'Hide this message',
    details: 'For your developer',
    copy: 'Copy for the developer',
  },
  toastLabels: {
    close: 'Hide this notice',
    retry: 'Send it again',
  },
};

/** The same words for merchants in mainland China. */
const ZH_CN: typeof EN = {
  themes: { light: '浅色主题', dark: '深色主题' },
  severities: {
    title: '全部严重程度：提示框与消息通知，浅色与深色',
    alerts: '提示框',
    toasts: (theme) => `消息通知（${theme}）`,
  },
  tokens: {
    title: 'styles.css 中的全部 --cek-* 变量',
    intro: '直接读取 src/components/styles.css 的当前内容。在任意元素上覆盖这些变量，即可为其中的组件换肤。',
    variable: '变量',
    where: '适用范围',
    light: '浅色',
    dark: '深色',
    everyTheme: '两种主题通用',
    perTheme: '按主题分别设置',
    noValue: '无值：读取处使用 var() 的后备值',
    sample: 'Aa 卡券 123',
  },
  gallery: {
    title: '不会自动关闭的消息通知',
    action: () => '带操作按钮',
    retrying: () => '已点重试，正在处理',
    outcome: () => '重试之后：结果显示在同一条通知里',
    grouped: (count) => `同一个失败出现 ${count} 次：合并为一条通知`,
    queued: (shown, count) => `屏幕上显示 ${shown} 条，另有 ${count} 条在等待：通知区的汇总`,
  },
  phone: {
    toasts: '手机上的消息通知',
  },
  custom: {
    message: '会员积分服务没有响应，这次积分没有加上。',
    hint: '请在会员列表里手动补加积分，或几分钟后再试一次。',
    detail: '错误码 930001 来自我们自己的后端：积分服务 3 秒内没有响应。',
    remove: '移除这个定义（卸载）',
  },
  labels: {
    dismiss: '隐藏这条提示',
    details: '给技术人员看的信息',
    copy: '复制给技术人员',
  },
  toastLabels: {
    close: '隐藏这条通知',
    retry: '重新发送',
  },
};

export type DesignerWords = typeof EN;

const WORDS = { en: EN, 'zh-CN': ZH_CN, 'zh-Hant': toTraditional(ZH_CN) } as const satisfies Record<CardErrorLanguage, DesignerWords>;

/** The designers' pages' words in the language of a tag (as the kit maps it: zh-Hant, zh-CN or English). */
export function designerWords(lng: unknown): DesignerWords {
  return WORDS[resolveCardErrorLanguage(String(lng))];
}
