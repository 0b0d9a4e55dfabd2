import type { CastInput, CastOutput } from '../../../types/ballot'
import { choicesKey, invalidChoices } from '../../../types/ballot-count'
import { spendToken } from '../../_shared/anon/tokens'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { BALLOT_CASTS } from '../../_shared/collections'
import { purposeOf } from '../data/ballots'
import { statusOf } from '../lib/view'
import { mustLoad } from './get'

/**
 * 投票, the anonymous step. A call that carries a WeChat identity is refused before anything is
 * stored: the platform would log that identity beside this ballot. It logs nothing itself.
 * With rater groups the signature is checked under the named group's key, so a ballot cannot claim
 * a group (and its weight) its voter is not in.
 */
export async function cast(input: CastInput, ctx: Ctx): Promise<CastOutput> {
  if (ctx.openid) throw new AppError('BAD_REQUEST', '选票只能从匿名通道投出（不带微信身份），这张票没有被记录。请更新小程序后重试')
  const doc = await mustLoad(input.id, ctx)
  const status = statusOf(doc, ctx.now())
  if (status === 'upcoming') throw new AppError('CLOSED', '投票还没有开始')
  if (status === 'closed') throw new AppError('CLOSED', '投票已经结束，这张票没有被计入')
  const bad = invalidChoices(doc, input.choices)
  if (bad) throw new AppError('BAD_REQUEST', bad)
  let key = doc.publicKey
  if (doc.raterGroups) {
    const g = input.group === undefined ? undefined : doc.raterGroups[input.group]
    if (!g) throw new AppError('BAD_REQUEST', '这张评议票没有注明评议组，未被计入。请更新小程序后重试')
    key = g.publicKey
  }
  const record = doc.raterGroups ? { choices: input.choices, group: input.group! } : { choices: input.choices }
  const spent = await spendToken(ctx.db, BALLOT_CASTS, purposeOf(doc._id), key, input.token, input.signature, record)
  if (!spent.fresh && (choicesKey(spent.record.choices) !== choicesKey(input.choices) || spent.record.group !== record.group)) throw new AppError('CONFLICT', '这张选票已经投出，不能更改')
  return { receipt: spent.receipt }
}
