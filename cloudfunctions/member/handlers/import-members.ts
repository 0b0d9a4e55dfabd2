import { createHash } from 'node:crypto'
import type { ImportInput, ImportOutput, MemberRow } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { createdByImport, importedRoster, insertMembers, updateMember } from '../data/members'
import { newInviteCode } from '../lib/invite-code'

const keyOf = (r: { name: string; unit: string }) => `${r.name}\u0000${r.unit}`
const sha = (s: string) => createHash('sha256').update(s).digest('hex')
/** A member's id follows from name + unit, so two imports of one row racing create one member. */
const memberIdOf = (r: { name: string; unit: string }) => sha(`member\u0000${keyOf(r)}`).slice(0, 32)
/** Updates of members that exist run this many at a time. */
const PARALLEL = 10

type NewMember = MemberDoc & { importKey: string }

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
  const existing = await importedRoster(ctx.db)
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
  await insertMembers(ctx.db, fresh)
  for (let i = 0; i < old.length; i += PARALLEL) {
    await Promise.all(old.slice(i, i + PARALLEL).map(({ id, row }) => updateMember(ctx.db, id, { ...profileOf(row), updatedAt: now })))
  }
  // answered from the store: a racing import that won a row made its invite code
  const mine = await createdByImport(ctx.db, importKey)
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

function profileOf(row: MemberRow) {
  const p: Partial<MemberDoc> & Pick<MemberDoc, 'name' | 'unit' | 'gender'> = { name: row.name, unit: row.unit, gender: row.gender }
  if (row.birthday) p.birthday = row.birthday
  if (row.lunarBirthday) p.lunarBirthday = row.lunarBirthday
  if (row.retired !== undefined) p.retired = row.retired
  if (row.phone) p.phone = row.phone
  if (row.joinedAt) p.joinedAt = row.joinedAt
  return p
}
