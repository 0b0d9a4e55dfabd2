import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OpenApi, SubscribeMessage } from '../_shared/ctx'

export interface OutboxEntry extends SubscribeMessage {
  sentAt: string
}

/** Words the local stand-in for msgSecCheck rejects; production asks WeChat. */
export const BLOCKED_WORDS = ['赌博', '色情', '毒品', '枪支', '法轮', '暴恐', '代开发票', '办证']

/**
 * What production would push is recorded in the outbox instead; files (exports) go to filesDir and
 * are served at /_local/files/<name>.
 */
export function localOpenApi(record: (entry: OutboxEntry) => void, now: () => Date, filesDir: string, refusals: number[] = []): OpenApi {
  return {
    async sendSubscribeMessage(msg) {
      // a refusal queued by a test (LocalCloud.refuseNextSend) answers as the platform would
      const errCode = refusals.shift()
      if (errCode !== undefined) throw Object.assign(new Error(`subscribeMessage.send:fail ${errCode}`), { errCode })
      record({ ...msg, sentAt: now().toISOString() })
    },
    async checkText(content) {
      const hit = BLOCKED_WORDS.find((w) => content.includes(w))
      return hit ? { suggest: 'risky', label: hit } : { suggest: 'pass' }
    },
    async uploadFile(name, content) {
      mkdirSync(filesDir, { recursive: true })
      const stored = `${now().getTime()}-${Math.random().toString(36).slice(2, 8)}-${name.replace(/[^\w.\u4e00-\u9fa5-]/g, '_')}`
      writeFileSync(join(filesDir, stored), content)
      return { fileID: `local://${stored}`, url: `/_local/files/${encodeURIComponent(stored)}` }
    }
  }
}
