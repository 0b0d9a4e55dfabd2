import type { ImportInput, ImportOutput, MemberRow } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { newInviteCode } from '../lib/invite-code'

const keyOf = (r: { name: string; unit: string }) => `${r.name}\u0000${r.unit}`

/**
 * All or nothing: every row is checked (the schema already did the fields; here duplicates) before
 * the first write. A member who exists (same name + unit) is updated, never duplicated.
 */
export async function importMembers(input: ImportInput, ctx: Ctx): Promise<ImportOutput> {
  const seen = new Map<string, number>()
  input.members.forEach((row, i) => {
    const prev = seen.get(keyOf(row))
    if (prev !== undefined) throw new AppError('BAD_REQUEST', `第 ${i + 1} 行与第 ${prev + 1} 行重复（${row.name}，${row.unit}）`)
    seen.set(keyOf(row), i)
  })
  const existing = await getAll<MemberDoc>(ctx.db.collection('members').field({ name: true, unit: true, inviteCode: true }))
  const byKey = new Map(existing.map((m) => [keyOf(m), m]))
  const codes = new Set(existing.map((m) => m.inviteCode))
  const now = ctx.now().toISOString()
  const created: ImportOutput['created'] = []
  const updated: ImportOutput['updated'] = []
  for (const row of input.members) {
    const old = byKey.get(keyOf(row))
    if (old) {
      await ctx.db.collection('members').doc(old._id).update({ data: { ...profileOf(row), updatedAt: now } })
      updated.push({ id: old._id, name: row.name })
      continue
    }
    let inviteCode = newInviteCode()
    while (codes.has(inviteCode)) inviteCode = newInviteCode()
    codes.add(inviteCode)
    const doc: Omit<MemberDoc, '_id'> = { ...profileOf(row), role: 'member', inviteCode, grants: {}, createdAt: now, updatedAt: now }
    const { _id } = await ctx.db.collection('members').add({ data: doc })
    created.push({ id: _id, name: row.name, inviteCode })
  }
  return { created, updated }
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
