import { membersIn } from '../../_shared/members'
import type { LocalCloud } from '../cloud'

/** Phones that have never bound: pick one on 切换身份 to try binding with an invite code. */
const NEW_PHONES = ['demo-new-1', 'demo-new-2', 'demo-new-3', 'demo-new-4', 'demo-new-5']

export interface IdentityList {
  identities: { openid: string; name: string; unit: string; role: string }[]
  newPhones: string[]
  /** Unbound members and their codes, so a demo visitor has something to bind with. */
  invites: { name: string; unit: string; inviteCode: string }[]
}

/** Local only (the 切换身份 page): every demo openid and whom it acts as. */
export async function demoIdentities(cloud: LocalCloud): Promise<IdentityList> {
  await cloud.ready
  const { data: docs } = await membersIn(cloud.db).limit(1000).get()
  const rank: Record<string, number> = { chair: 0, officer: 1, member: 2 }
  const identities = docs
    .filter((d) => d.openid && d.openid.startsWith('demo-'))
    .map((d) => ({ openid: d.openid as string, name: d.name, unit: d.unit, role: d.role }))
    .sort((a, b) => rank[a.role] - rank[b.role] || a.openid.localeCompare(b.openid))
  const bound = new Set(docs.map((d) => d.openid))
  const invites = docs
    .filter((d) => !d.openid)
    .slice(0, 10)
    .map((d) => ({ name: d.name, unit: d.unit, inviteCode: d.inviteCode }))
  return { identities, newPhones: NEW_PHONES.filter((p) => !bound.has(p)), invites }
}
