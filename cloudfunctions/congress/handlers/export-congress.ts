import type { ExportCongressInput, ExportCongressOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { saveExport } from '../../_shared/exports'
import { proposalsWhere } from '../data/proposals'
import { compilationDocx } from '../lib/docx'
import { statsOf } from '../lib/stats'
import { mustLoadMeeting } from './meetings'

/**
 * 提案汇编 of a meeting as .docx: every proposal of the meeting, those still seeking 附议 too, and the
 * figures from statsOf, so the Word file and the meeting page (stats) count the same proposals.
 */
export async function exportCongress(input: ExportCongressInput, ctx: Ctx): Promise<ExportCongressOutput> {
  const m = await mustLoadMeeting(ctx, input.meetingId)
  const docs = await proposalsWhere(ctx.db, { meetingId: m._id })
  const title = `${m.title}提案汇编`
  return saveExport(ctx, `${title}.docx`, await compilationDocx(title, docs, statsOf(docs)))
}
