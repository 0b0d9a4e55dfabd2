import type { ExportCongressInput, ExportCongressOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { saveExport } from '../../_shared/exports'
import { proposalsWhere } from '../data/proposals'
import { compilationDocx } from '../lib/docx'
import { mustLoadMeeting } from './meetings'

/** 提案汇编 of a meeting as .docx: every proposal past 附议 (those still seeking are not yet proposals of the meeting). */
export async function exportCongress(input: ExportCongressInput, ctx: Ctx): Promise<ExportCongressOutput> {
  const m = await mustLoadMeeting(ctx, input.meetingId)
  const docs = (await proposalsWhere(ctx.db, { meetingId: m._id })).filter((p) => p.status !== 'seeking')
  const title = `${m.title}提案汇编`
  return saveExport(ctx, `${title}.docx`, await compilationDocx(title, docs))
}
