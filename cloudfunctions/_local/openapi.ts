import type { OpenApi, SubscribeMessage } from '../_shared/ctx'

export interface OutboxEntry extends SubscribeMessage {
  sentAt: string
}

/** Words the local stand-in for msgSecCheck rejects; production asks WeChat. */
export const BLOCKED_WORDS = ['赌博', '色情', '毒品', '枪支', '法轮', '暴恐', '代开发票', '办证']

/** What production would push is recorded in the outbox instead. */
export function localOpenApi(record: (entry: OutboxEntry) => void, now: () => Date): OpenApi {
  return {
    async sendSubscribeMessage(msg) {
      record({ ...msg, sentAt: now().toISOString() })
    },
    async checkText(content) {
      const hit = BLOCKED_WORDS.find((w) => content.includes(w))
      return hit ? { suggest: 'risky', label: hit } : { suggest: 'pass' }
    }
  }
}
