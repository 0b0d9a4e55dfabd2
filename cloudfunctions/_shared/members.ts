import { NOT_BOUND } from '../../types/common'
import type { Member } from '../../types/member'
import { MEMBERS } from './collections'
import type { Ctx } from './ctx'
import { collection, getDoc, type Database } from './db'
import { AppError } from './errors'

/**
 * A stored member document (collection `members`): the one type of it. Code that needs a few of
 * its fields takes a Pick of it; every function reads the roster through here.
 */
export interface MemberDoc {
  _id: string
  name: string
  unit: string
  gender: 'F' | 'M'
  birthday?: string
  lunarBirthday?: { month: number; day: number; leap?: boolean }
  retired?: boolean
  phone?: string
  joinedAt?: string
  role: 'member' | 'officer' | 'chair'
  /** The WeChat openid bound to this member; empty until bound. */
  openid?: string
  inviteCode: string
  boundAt?: string
  /** Unused subscribe-message grants per template key. */
  grants?: Record<string, number>
  /** The import that created this member, so a retried import answers the same invite codes. */
  importKey?: string
  /** Set by member.deactivate (left, retired from the union, died): out of every audience, electorate and greeting. */
  inactive?: { reason: string; at: string }
  /** Tags anyone who sees the member may see (慰问员, 教代会代表…), set by member.tag. */
  tags?: string[]
  /** Tags the chair alone sees (困难职工): kept apart from tags so no view leaks them by default. */
  hiddenTags?: string[]
  createdAt: string
  updatedAt: string
}

/** The roster. */
export const membersIn = (db: Database) => collection<MemberDoc>(db, MEMBERS)

export const loadMember = (db: Database, id: string) => getDoc<MemberDoc>(db, MEMBERS, id)

/** The member bound to openid, or null. */
export async function memberByOpenid(db: Database, openid: string): Promise<MemberDoc | null> {
  const { data } = await membersIn(db).where({ openid }).limit(1).get()
  return data[0] ?? null
}

/** The member as the app may see it: never the openid or the invite code; hidden tags only when asked (the chair). */
export function toMember(doc: MemberDoc, opts: { hiddenTags?: boolean } = {}): Member {
  const m: Member = {
    id: doc._id,
    name: doc.name,
    unit: doc.unit,
    gender: doc.gender,
    role: doc.role,
    bound: Boolean(doc.openid)
  }
  if (doc.birthday) m.birthday = doc.birthday
  if (doc.lunarBirthday) m.lunarBirthday = doc.lunarBirthday
  if (doc.retired !== undefined) m.retired = doc.retired
  if (doc.phone) m.phone = doc.phone
  if (doc.joinedAt) m.joinedAt = doc.joinedAt
  if (doc.boundAt) m.boundAt = doc.boundAt
  const tags = [...(doc.tags ?? []), ...(opts.hiddenTags ? (doc.hiddenTags ?? []) : [])]
  if (tags.length) m.tags = tags
  if (doc.inactive) m.inactive = doc.inactive
  return m
}

/** The caller's own member record, or FORBIDDEN telling them to bind first. */
export function requireMember(ctx: Ctx): MemberDoc {
  if (!ctx.member) throw new AppError('FORBIDDEN', NOT_BOUND)
  return ctx.member
}

/** The tag that makes a member one of the union's visitors (DESIGN: care); the 工作台 shows them care's tools. */
export const CARER_TAG = '慰问员'

/** The hidden tag that links a member to their 困难职工档案 (DESIGN: care); only the chair's views show it. */
export const HARDSHIP_TAG = '困难职工'

/**
 * Adds a hidden tag to a member's document: the members function owns that document, so other
 * functions (care opening a hardship file) write it only through here. addToSet: a retry adds it once.
 */
export async function addHiddenTag(db: Database, memberId: string, tag: string, now: string): Promise<void> {
  await membersIn(db)
    .doc(memberId)
    // the SDK's addToSet (db.ts's Command lists only what other code needed so far)
    .update({ data: { hiddenTags: (db.command as typeof db.command & { addToSet(v: unknown): unknown }).addToSet(tag), updatedAt: now } })
}
