import type { ReadersOutput } from '../../../types/notice'
import type { MemberDoc } from '../../_shared/members'

export type RosterEntry = Pick<MemberDoc, '_id' | 'name' | 'unit' | 'openid'>

const collator = new Intl.Collator('zh-CN')
const byUnitThenName = (a: { unit: string; name: string }, b: { unit: string; name: string }) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name)

/** Splits the audience into read and unread, grouped by unit, from the receipts (memberId → readAt). */
export function receipts(audience: RosterEntry[], readAt: Map<string, string>): ReadersOutput {
  const read: ReadersOutput['read'] = []
  const unread: ReadersOutput['unread'] = []
  const units = new Map<string, { unit: string; read: number; total: number }>()
  for (const m of [...audience].sort(byUnitThenName)) {
    const u = units.get(m.unit) ?? { unit: m.unit, read: 0, total: 0 }
    units.set(m.unit, u)
    u.total++
    const at = readAt.get(m._id)
    if (at) {
      u.read++
      read.push({ memberId: m._id, name: m.name, unit: m.unit, readAt: at })
    } else {
      unread.push({ memberId: m._id, name: m.name, unit: m.unit, bound: Boolean(m.openid) })
    }
  }
  return { read, unread, units: [...units.values()] }
}
