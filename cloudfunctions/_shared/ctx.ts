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
