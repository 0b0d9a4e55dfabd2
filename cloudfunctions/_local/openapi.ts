import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OpenApi, SubscribeMessage } from '../_shared/ctx'

export interface OutboxEntry extends SubscribeMessage {
  sentAt: string
}

/** Words the local stand-in for msgSecCheck rejects; production asks WeChat. */
const BLOCKED_WORDS = ['赌博', '色情', '毒品', '枪支', '法轮', '暴恐', '代开发票', '办证']

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
    async uploadFile(cloudPath, content) {
      // the cloud path's folders become folders of filesDir (exports/<day>/<file>)
      const parts = cloudPath
        .split('/')
        .map((p) => p.replace(/[^\w.\u4e00-\u9fa5-]/g, '_'))
        .filter((p) => p && p !== '.' && p !== '..')
      mkdirSync(join(filesDir, ...parts.slice(0, -1)), { recursive: true })
      writeFileSync(join(filesDir, ...parts), content)
      return { fileID: `local://${parts.join('/')}`, url: `/_local/files/${parts.map(encodeURIComponent).join('/')}` }
    },
    async deleteFiles(fileIDs) {
      for (const id of fileIDs)
        if (id.startsWith('local://'))
          rmSync(
            join(
              filesDir,
              ...id
                .slice('local://'.length)
                .split('/')
                .filter((p) => p && p !== '..')
            ),
            { force: true }
          )
    }
  }
}
