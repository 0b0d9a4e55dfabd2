/**
 * Production wiring: the only module of the functions that loads wx-server-sdk. The local cloud and
 * every test run functions through this same entry on the real SDK; only its network hop is
 * answered locally (cloudfunctions/_local/tcb). In the tests each jest worker loads the SDK once and
 * this module gets that instance (test/support/warm-sdk.js).
 */
const cloud = require('wx-server-sdk')
import type { Result } from '../../types/common'
import { remainingTime, type ScfContext } from './budget'
import type { OpenApi, SubscribeMessage } from './ctx'
import type { Database } from './db'
import { dispatch, type FunctionDef, type Wiring } from './dispatch'
import { fitTemplateData, miniprogramState } from './template-fields'

/**
 * What the platform gives besides the database. Production takes the SDK's; the local cloud
 * passes its clock (settable), its outbox for subscribe messages, its log capture, and
 * checkOutputs (every answer parsed with its output schema; production skips that parse).
 */
export type Platform = Partial<Pick<Wiring, 'now' | 'openapi' | 'log' | 'checkOutputs'>>

/**
 * Template ids are configuration: env WX_TEMPLATE_<KEY> = "<templateId>|<ourKey>:<wxKey>,..."
 * e.g. WX_TEMPLATE_NOTICE="abc123|title:thing1,time:time2".
 */
function templateOf(key: string): { id: string; fields: Record<string, string> } | null {
  const raw = process.env[`WX_TEMPLATE_${key.toUpperCase()}`]
  if (!raw) return null
  const [id, map = ''] = raw.split('|')
  const fields: Record<string, string> = {}
  for (const pair of map.split(',').filter(Boolean)) {
    const [ours, theirs] = pair.split(':')
    fields[ours] = theirs
  }
  return { id, fields }
}

const openapi: OpenApi = {
  async sendSubscribeMessage(msg: SubscribeMessage) {
    const t = templateOf(msg.templateKey)
    // errCode -1: ours, not the member's refusal, so the caller gives the grant back
    if (!t) throw Object.assign(new Error(`no template configured for ${msg.templateKey}`), { errCode: -1 })
    const values: Record<string, string> = {}
    for (const [k, v] of Object.entries(msg.data)) if (t.fields[k]) values[t.fields[k]] = v
    const fit = fitTemplateData(values)
    if (!fit.ok) throw Object.assign(new Error(fit.problem), { errCode: -2 })
    await cloud.openapi.subscribeMessage.send({ touser: msg.touser, templateId: t.id, page: msg.page, data: fit.data, miniprogramState: miniprogramState(process.env) })
  },
  async checkText(content: string, openid: string) {
    const res = await cloud.openapi.security.msgSecCheck({ openid, scene: 2, version: 2, content })
    return { suggest: res?.result?.suggest ?? 'review', label: String(res?.result?.label ?? '') }
  },
  // 动态消息 by cloud call (wx-server-sdk >= 0.4.0, permissions in activity/config.json): the SDK
  // turns camelCase into the API's snake_case (activity_id, target_state, template_info.parameter_list)
  // and the answer back (activityId, expirationTime: a Unix timestamp in seconds, 24 h ahead by default).
  // Docs: developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/updatable-message/updatableMessage.createActivityId.html, …setUpdatableMsg.html
  async createActivityId() {
    const r = await cloud.openapi.updatableMessage.createActivityId({})
    const secs = Number(r?.expirationTime) || Date.now() / 1000 + 86400
    return { activityId: String(r.activityId), expiresAt: new Date(secs * 1000).toISOString() }
  },
  async setUpdatableMsg({ activityId, targetState, parameters }) {
    const parameterList = Object.entries(parameters).map(([name, value]) => ({ name, value }))
    await cloud.openapi.updatableMessage.setUpdatableMsg({ activityId, targetState, templateInfo: { parameterList } })
  },
  // 小程序码 by cloud call (permission wxacode.getUnlimited in config.json); the SDK answers a PNG as
  // { contentType, buffer }. A page is checked against the published version only in release.
  async getUnlimited({ scene, page, width }) {
    const envVersion = { developer: 'develop', trial: 'trial', formal: 'release' }[miniprogramState(process.env)]
    const r = await cloud.openapi.wxacode.getUnlimited({ scene, page, width, envVersion, checkPath: envVersion === 'release' })
    return { contentType: String(r.contentType), buffer: Buffer.from(r.buffer) }
  },
  async deleteFiles(fileIDs: string[]) {
    await cloud.deleteFile({ fileList: fileIDs })
  },
  async uploadFile(cloudPath: string, content: Buffer) {
    const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content })
    const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
    return { fileID, url: fileList?.[0]?.tempFileURL }
  }
}

/** The SDK's database, the SDK initialised once (the local cloud's admin reads use it too). */
export function sdkDatabase(): Database {
  // keepalive (@cloudbase/node-sdk config, agentkeepalive): reuse connections to the database API
  // instead of a new one per request
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV, keepalive: true })
  return cloud.database() as Database
}

export function productionMain(def: FunctionDef, platform: Platform = {}) {
  const db = sdkDatabase()
  const now = platform.now ?? (() => new Date())
  return async (event: unknown, context?: ScfContext): Promise<Result<unknown>> => {
    const remainingMs = remainingTime(context)
    const { OPENID } = cloud.getWXContext()
    return dispatch(def, event, { openid: OPENID ?? '', db, now, openapi: platform.openapi ?? openapi, env: process.env, log: platform.log, remainingMs, checkOutputs: platform.checkOutputs })
  }
}
