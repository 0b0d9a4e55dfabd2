import type { AddRectificationInput, AddRectificationOutput, DraftNoticeInput, DraftNoticeOutput } from '../../../types/ballot'
import type { Tally } from '../../../types/ballot-count'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { addRectificationDoc, rectificationsOf } from '../data/rectifications'
import { cnDate, objectionOf } from '../lib/objection'
import { honourText, publicityText } from '../lib/notice-text'
import { statusOf } from '../lib/view'
import { mustLoad } from './get'
import { tallyOf } from './results'

/**
 * The notice the chair reviews and publishes (notice.publish on the 发布通知 page): the results'
 * 公示, or for 评优 the honour notice, which waits until the objection period is over.
 */
export async function draftNotice(input: DraftNoticeInput, ctx: Ctx): Promise<DraftNoticeOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (statusOf(doc, ctx.now()) !== 'closed') throw new AppError('CLOSED', '投票结束后才能起草结果公示')
  const r = await tallyOf(doc, ctx)
  const objection = doc.honour ? objectionOf(doc.closedAt ?? doc.closesAt, ctx.now()) : undefined
  if (input.stage === 'honour') {
    if (!objection) throw new AppError('BAD_REQUEST', '只有评优投票有表彰通知')
    if (!objection.over) throw new AppError('CLOSED', `公示期到 ${cnDate(objection.until)} 结束，之后才能发布表彰通知`)
    return { ...honourText(doc, r.tally as Tally, objection), category: 'honour' }
  }
  return { ...publicityText(doc, r, objection), category: 'affairs' }
}

/** 整改 (chair): an item recorded against a rated subject, shown on that subject's next rating. */
export async function addRectification(input: AddRectificationInput, ctx: Ctx): Promise<AddRectificationOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (doc.kind !== 'rating') throw new AppError('BAD_REQUEST', '整改事项只用于民主评议')
  if (statusOf(doc, ctx.now()) !== 'closed') throw new AppError('CLOSED', '评议结束后才能记录整改事项')
  if (!(doc.subjects ?? []).includes(input.subject)) throw new AppError('BAD_REQUEST', `「${input.subject}」不是这次评议的对象`)
  await addRectificationDoc(ctx.db, { subject: input.subject, item: input.item, ballotId: doc._id, ballotTitle: doc.title, at: ctx.now().toISOString() })
  return { items: await rectificationsOf(ctx.db, doc._id) }
}
