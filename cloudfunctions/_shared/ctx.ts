import type { CallerRole } from '../../types/common'
import type { TemplateKey } from '../../types/member'
import type { Database } from './db'
import type { MemberDoc } from './members'

export interface SubscribeMessage {
  touser: string
  templateKey: TemplateKey
  page: string
  data: Record<string, string>
}

/**
 * One update of a live card (动态消息), as updatableMessage.setUpdatableMsg takes it: state 0 shows
 * 「成员正在加入，当前 {member_count}/{room_limit} 人」, state 1 (final, no way back) the closed card
 * opening `path` (WeChat's own words there are fixed: the template text cannot be changed).
 */
export interface UpdatableMsg {
  activityId: string
  targetState: 0 | 1
  /** member_count + room_limit for state 0; path + version_type for state 1 */
  parameters: Record<string, string>
}

/** What a handler may ask of the platform beyond the database. */
export interface OpenApi {
  /** Sends one subscribe message; rejects with the platform errcode on refusal (e.g. 43101). */
  sendSubscribeMessage(msg: SubscribeMessage): Promise<void>
  /** msgSecCheck v2; 'pass' lets content through. */
  checkText(content: string, openid: string): Promise<{ suggest: 'pass' | 'review' | 'risky'; label?: string }>
  /** Stores a file (e.g. an .xlsx export) at cloudPath and answers where to fetch it. */
  uploadFile?(cloudPath: string, content: Buffer): Promise<{ fileID: string; url?: string }>
  /** Deletes stored files by their fileIDs. */
  deleteFiles?(fileIDs: string[]): Promise<void>
  /** updatableMessage.createActivityId: a WeChat activityId for a live card, valid until expiresAt (24 h by default). */
  createActivityId?(): Promise<{ activityId: string; expiresAt: string }>
  /** updatableMessage.setUpdatableMsg: rewrites every copy of the card shared with that activityId. */
  setUpdatableMsg?(msg: UpdatableMsg): Promise<void>
  /** wxacode.getUnlimited: a mini-program code opening page with options.scene (≤ 32 characters); production only. */
  getUnlimited?(req: { scene: string; page: string; width?: number }): Promise<{ contentType: string; buffer: Buffer }>
}

/** Everything a handler needs, passed by argument: no handler imports the SDK or reads globals. */
export interface Ctx {
  openid: string
  db: Database
  now: () => Date
  openapi: OpenApi
  role: CallerRole
  /** The caller's member document, or null for a stranger, a bootstrap chair or a timer. */
  member: MemberDoc | null
  /** Settings from the environment (chair openids, secrets), read once at the entry. */
  env: Record<string, string | undefined>
  log: (msg: string, extra?: Record<string, unknown>) => void
  /** Milliseconds before the platform cuts this invocation off (batch jobs stop and resume by it). */
  remainingMs: () => number
}
