import type { ListBallotsOutput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { allBallots } from '../data/ballots'
import { toBallot } from '../lib/view'

const RANK = { open: 0, upcoming: 1, closed: 2 } as const

/** Open first (soonest closing first), then upcoming, then closed (newest first). */
export async function list(_input: Record<string, never>, ctx: Ctx): Promise<ListBallotsOutput> {
  const items = await Promise.all((await allBallots(ctx.db)).map((d) => toBallot(d, ctx)))
  items.sort((a, b) => RANK[a.status] - RANK[b.status] || (a.status === 'closed' ? b.closesAt.localeCompare(a.closesAt) : a.closesAt.localeCompare(b.closesAt)))
  return { items }
}
