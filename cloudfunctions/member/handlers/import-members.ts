import { createHash } from 'node:crypto'
import type { ImportInput, ImportOutput, MemberRow } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { getAll, isDuplicate } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { newInviteCode } from '../lib/invite-code'

const keyOf = (r: { name: string; unit: string }) => `${r.name}\u0000${r.unit}`
const sha = (s: string) => createHash('sha256').update(s).digest('hex')
/** A member's id follows from name + unit, so two imports of one row racing create one member. */
const memberIdOf = (r: { name: string; unit: string }) => sha(`member\u0000${keyOf(r)}`).slice(0, 32)
/** Inserts per request: a 500-row import is 5 inserts, well inside the function's timeout. */
const BATCH = 100
/** Updates of members that exist run this many at a time. */
const PARALLEL = 10

type NewMember = Omit<MemberDoc, '_id'> & { _id: string; importKey: string }

/**
 * Every row is checked (the schema already did the fields; here duplicates) before the first
 * write. A member who exists (same name + unit) is updated, never duplicated. The same import
 * retried after a timeout, or sent five times at once, creates each member once and answers the
 * same invite codes: ids follow from name + unit, and each new member remembers the import
 * (importKey) that made it.
 */
export async function importMembers(input: ImportInput, ctx: Ctx): Promise<ImportOutput> {
  const seen = new Map<string, number>()
  input.members.forEach((row, i) => {
    const prev = seen.get(keyOf(row))
    if (prev !== undefined) throw new AppError('BAD_REQUEST', `第 ${i + 1} 行与第 ${prev + 1} 行重复（${row.name}，${row.unit}）`)
    seen.set(keyOf(row), i)
  })
  const importKey = sha(JSON.stringify(input.members)).slice(0, 16)
  const members = ctx.db.collection('members')
  const existing = await getAll<MemberDoc & { importKey?: string }>(members.field({ name: true, unit: true, inviteCode: true, importKey: true }).orderBy('_id', 'asc'))
  const byKey = new Map(existing.map((m) => [keyOf(m), m]))
  const codes = new Set(existing.map((m) => m.inviteCode))
  const now = ctx.now().toISOString()
  const fresh: NewMember[] = []
  const old: { id: string; row: MemberRow }[] = []
  for (const row of input.members) {
    const found = byKey.get(keyOf(row))
    if (found && found.importKey !== importKey) old.push({ id: found._id, row })
    else if (!found) fresh.push(newMember(row, codes, importKey, now))
  }
  for (let i = 0; i < fresh.length; i += BATCH) await insertAll(ctx, fresh.slice(i, i + BATCH))
  for (let i = 0; i < old.length; i += PARALLEL) {
    await Promise.all(old.slice(i, i + PARALLEL).map(({ id, row }) => members.doc(id).update({ data: { ...profileOf(row), updatedAt: now } })))
  }
  // answered from the store: a racing import that won a row made its invite code
  const mine = await getAll<MemberDoc & { importKey?: string }>(members.where({ importKey }).field({ name: true, unit: true, inviteCode: true, importKey: true }).orderBy('_id', 'asc'))
  const made = new Map(mine.map((m) => [keyOf(m), m]))
  const created: ImportOutput['created'] = []
  const updated: ImportOutput['updated'] = []
  for (const row of input.members) {
    const m = made.get(keyOf(row))
    if (m) created.push({ id: m._id, name: row.name, inviteCode: m.inviteCode })
    else updated.push({ id: byKey.get(keyOf(row))?._id ?? memberIdOf(row), name: row.name })
  }
  return { created, updated }
}

function newMember(row: MemberRow, codes: Set<string>, importKey: string, now: string): NewMember {
  let inviteCode = newInviteCode()
  while (codes.has(inviteCode)) inviteCode = newInviteCode()
  codes.add(inviteCode)
  return { _id: memberIdOf(row), ...profileOf(row), role: 'member', inviteCode, grants: {}, importKey, createdAt: now, updatedAt: now }
}

/**
 * One request for the batch. A racing import that made some of them first fails it (MongoDB stops
 * an ordered insert at the first duplicate): look up which exist and insert the rest, again.
 */
async function insertAll(ctx: Ctx, docs: NewMember[]): Promise<void> {
  const _ = ctx.db.command
  for (let rest = docs; rest.length;) {
    try {
      await ctx.db.collection('members').add({ data: rest })
      return
    } catch (e) {
      if (!isDuplicate(e)) throw e
    }
    const { data } = await ctx.db
      .collection('members')
      .where({ _id: _.in(rest.map((d) => d._id)) })
      .field({ _id: true })
      .limit(BATCH)
      .get()
    const there = new Set(data.map((d) => d._id))
    rest = rest.filter((d) => !there.has(d._id))
  }
}

function profileOf(row: MemberRow) {
  const p: Partial<MemberDoc> & Pick<MemberDoc, 'name' | 'unit' | 'gender'> = { name: row.name, unit: row.unit, gender: row.gender }
  if (row.birthday) p.birthday = row.birthday
  if (row.lunarBirthday) p.lunarBirthday = row.lunarBirthday
  if (row.retired !== undefined) p.retired = row.retired
  if (row.phone) p.phone = row.phone
  if (row.joinedAt) p.joinedAt = row.joinedAt
  return p
}
