import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import QRCode from 'qrcode'
import type { OpenApi, SubscribeMessage } from '../_shared/ctx'

/** Live-card calls (动态消息) are recorded under their API's name in templateKey, beside subscribe messages. */
export type CardCall = 'updatableMessage.createActivityId' | 'updatableMessage.setUpdatableMsg' | 'wxacode.getUnlimited'

export interface OutboxEntry extends Omit<SubscribeMessage, 'templateKey'> {
  templateKey: SubscribeMessage['templateKey'] | CardCall
  sentAt: string
}

/** The parameters setUpdatableMsg requires per target_state (errcode 47001 on WeChat when one is missing). */
const REQUIRED: Record<0 | 1, string[]> = { 0: ['member_count', 'room_limit'], 1: ['path', 'version_type'] }

/** Words the local stand-in for msgSecCheck rejects; production asks WeChat. */
const BLOCKED_WORDS = ['赌博', '色情', '毒品', '枪支', '法轮', '暴恐', '代开发票', '办证']

/**
 * What production would push is recorded in the outbox instead; files (exports) go to filesDir and
 * are served at /_local/files/<name>.
 */
/**
 * wxacode.getUnlimited as WeChat answers it ({ contentType: 'image/png', buffer }), recorded in the
 * outbox. The stand-in code is a QR of `wxacode:<page>?scene=<scene>` so a test can read what the
 * real code would open; WeChat refuses a scene over 32 characters (errcode 40169).
 */
export function localWxacode(record: (entry: OutboxEntry) => void, now: () => Date): NonNullable<OpenApi['getUnlimited']> {
  return async ({ scene, page, width = 430 }) => {
    if (scene.length > 32) throw Object.assign(new Error('getUnlimited:fail 40169 invalid length for scene'), { errCode: 40169 })
    record({ touser: '', templateKey: 'wxacode.getUnlimited', page, data: { scene, width: String(width) }, sentAt: now().toISOString() })
    const buffer = await QRCode.toBuffer(`wxacode:${page}?scene=${scene}`, { type: 'png', width })
    return { contentType: 'image/png', buffer }
  }
}

export function localOpenApi(record: (entry: OutboxEntry) => void, now: () => Date, filesDir: string, refusals: number[] = []): OpenApi {
  return {
    async sendSubscribeMessage(msg) {
      // a refusal queued by a test (LocalCloud.refuseNextSend) answers as the platform would
      const errCode = refusals.shift()
      if (errCode !== undefined) throw Object.assign(new Error(`subscribeMessage.send:fail ${errCode}`), { errCode })
      record({ ...msg, sentAt: now().toISOString() })
    },
    async createActivityId() {
      const activityId = `local-${randomUUID()}`
      // WeChat: "activity_id 的过期时间戳。默认24小时后过期"
      const expiresAt = new Date(now().getTime() + 864e5).toISOString()
      record({ touser: '', templateKey: 'updatableMessage.createActivityId', page: '', data: { activityId, expiresAt }, sentAt: now().toISOString() })
      return { activityId, expiresAt }
    },
    async setUpdatableMsg({ activityId, targetState, parameters }) {
      const missing = REQUIRED[targetState].filter((k) => !parameters[k])
      if (missing.length) throw Object.assign(new Error(`setUpdatableMsg:fail 47001 missing ${missing.join(',')}`), { errCode: 47001 })
      record({
        touser: '',
        templateKey: 'updatableMessage.setUpdatableMsg',
        page: parameters.path ?? '',
        data: { activityId, targetState: String(targetState), ...parameters },
        sentAt: now().toISOString()
      })
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
