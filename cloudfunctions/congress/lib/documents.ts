import type { MeetingDocument } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { inAudience } from '../../_shared/notice-audience'
import { audienceMembers } from '../../_shared/notices'
import { meetingNotices, receiptsOf } from '../data/documents'
import { isDelegate } from './access'

/**
 * A meeting's 会议文件 for the caller, by the notice audience rules: the chair sees them all (with how
 * many have read each), anyone else those addressed to them. undefined, not [], for a caller who is no
 * 代表 and is addressed by none, so their page carries no trace that the meeting has documents.
 */
export async function documentsFor(meetingId: string, ctx: Ctx): Promise<MeetingDocument[] | undefined> {
  const chair = ctx.role === 'chair'
  const me = ctx.member
  const all = await meetingNotices(ctx.db, meetingId)
  const mine = all.filter((d) => chair || Boolean(me && inAudience(d.audience, me)))
  if (mine.length === 0 && !chair && !isDelegate(ctx)) return undefined
  const ids = mine.map((d) => d._id)
  // the chair's counts need every receipt; anyone else only their own
  const receipts = await receiptsOf(ctx.db, ids, chair ? undefined : me?._id)
  const myReads = new Set(receipts.filter((r) => r.memberId === me?._id).map((r) => r.noticeId))
  const roster = chair ? await audienceMembers(ctx, null) : []
  return mine.map((d) => {
    const addressed = Boolean(me && inAudience(d.audience, me))
    const out: MeetingDocument = { id: d._id, title: d.title, publishedAt: d.publishedAt, addressed, read: addressed && myReads.has(d._id) }
    if (chair) {
      const audience = new Set(roster.filter((m) => inAudience(d.audience, m)).map((m) => m._id))
      out.readers = { read: receipts.filter((r) => r.noticeId === d._id && audience.has(r.memberId)).length, total: audience.size }
    }
    return out
  })
}
