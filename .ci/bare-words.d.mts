/** The part of one language's cardError.json that `wechat-card-errors/bare` bundles. */
export function bareWords(lng: string, resource: Record<string, any>): Record<string, unknown>;
