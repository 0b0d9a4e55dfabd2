import type { RemindMiss, RemindOutput } from '../../../types/notice'
import type { PushOutcome } from '../../_shared/notices'
import type { MemberDoc } from '../../_shared/members'

type Unread = Pick<MemberDoc, '_id' | 'name' | 'unit' | 'openid' | 'grants'>

const collator = new Intl.Collator('zh-CN')
const byUnitThenName = (a: { unit: string; name: string }, b: { unit: string; name: string }) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name)

/** Why a member the push did not reach was missed: no phone bound, no grant, or WeChat refused. */
function missOf(m: Unread, outcome: PushOutcome | undefined): RemindMiss {
  if (!m.openid) return 'not-bound'
  if (outcome === 'failed') return 'failed'
  return 'no-grant'
}

/**
 * Who a reminder reached and who it missed, and why, from each push's outcome. 'already' is a
 * member an earlier run of the same reminder pushed (a retry): reached.
 */
export function reachOf(unread: Unread[], inactive: Pick<MemberDoc, '_id' | 'name' | 'unit'>[], outcomes: Map<string, PushOutcome>): RemindOutput {
  const reached: RemindOutput['reached'] = []
  const missed: RemindOutput['missed'] = []
  for (const m of [...unread].sort(byUnitThenName)) {
    const o = outcomes.get(m._id)
    const who = { memberId: m._id, name: m.name, unit: m.unit }
    if (o === 'sent' || o === 'already') reached.push(who)
    else missed.push({ ...who, reason: missOf(m, o) })
  }
  for (const m of [...inactive].sort(byUnitThenName)) missed.push({ memberId: m._id, name: m.name, unit: m.unit, reason: 'inactive' })
  return { unread: unread.length, sent: reached.length, noGrant: unread.length - reached.length, reached, missed }
}
