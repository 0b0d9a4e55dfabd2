import type { ShareCardInput, ShareCardOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadActivity } from '../data/activities'
import { addCardId, claimMint, loadCard, type CardDoc, type CardId } from '../data/cards'
import { loadCounter } from '../data/counters'
import { CARD_TEMPLATE_ID, faceOf, parametersOf, REUSE_MARGIN_MS, type CardFace } from '../lib/card'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The newest activityId with long enough left to be worth sharing, if any. */
const usable = (card: CardDoc | null, now: Date): CardId | undefined => card?.ids.filter((c) => Date.parse(c.expiresAt) - now.getTime() >= REUSE_MARGIN_MS).pop()

/**
 * What wx.updateShareMenu needs to forward the activity as a live card: its WeChat activityId,
 * minted once (updatableMessage.createActivityId) and stored, and the template's parameters now.
 * Several members sharing at once get the same one: one claims the mint, the rest wait for it.
 */
export async function shareCard(input: ShareCardInput, ctx: Ctx): Promise<ShareCardOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const now = ctx.now()
  const face = faceOf(a, await loadCounter(ctx.db, a._id), now)
  if (face.state === 1) throw new AppError('CLOSED', a.cancelled ? '活动已取消，不再生成报名卡片' : '报名已截止，不再生成报名卡片；可以照常转发活动')
  const card = await cardId(ctx, a._id, face, now)
  const parameterList = Object.entries(parametersOf(face, a._id, ctx.env)).map(([name, value]) => ({ name, value }))
  return { activityId: card.id, expiresAt: card.expiresAt, templateInfo: { templateId: CARD_TEMPLATE_ID, parameterList } }
}

async function cardId(ctx: Ctx, id: string, face: CardFace, now: Date): Promise<CardId> {
  // the winner's mint is one platform call: a few seconds of waiting covers it well inside the timeout
  for (let round = 0; round < 30; round++) {
    const card = await loadCard(ctx.db, id)
    const ready = usable(card, now)
    if (ready) return ready
    if (await claimMint(ctx.db, id, card, now)) {
      if (!ctx.openapi.createActivityId) throw new AppError('INTERNAL', '当前环境不支持动态卡片，请直接转发')
      const minted = await ctx.openapi.createActivityId()
      const next = { id: minted.activityId, expiresAt: minted.expiresAt }
      await addCardId(ctx.db, id, next, face)
      return next
    }
    await sleep(100)
  }
  throw new AppError('CONFLICT', '报名卡片正在生成，请稍后再点一次转发')
}
