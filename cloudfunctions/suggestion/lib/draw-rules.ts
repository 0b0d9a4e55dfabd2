import type { SuggestionStatus } from '../../../types/suggestion'
import type { DrawInfo, Keyholder } from '../../../types/suggestion-draw'
import { addDays } from '../../_shared/clock'
import { lockedParts, type KeyedPart } from '../../../types/draw'
import { canonicalNumbers, eligibleHashOf, keyedWinners } from './draw'
import { awardOpensOn, dayLabel } from './award-window'

/** Days after the close in which each keyholder may reveal; from the next day the draw completes without the missing ones. */
export const REVEAL_DAYS = 7

export const ELIGIBLE_RULE = '本月的全部建议都参加抽奖，月底时已标为「未采纳」（包括重复的建议）的除外；名单在月底锁定，之后改状态不影响抽奖。'

/** The last day (Beijing, inclusive) a month's keyholders may reveal: the 7th of the next month. */
export const revealByOf = (month: string): string => addDays(awardOpensOn(month), REVEAL_DAYS - 1)

/**
 * A suggestion's status when the month closed, read from its dated timeline (day precision, Beijing):
 * a step recorded on or after the 1st does not count, so a status changed after the close cannot move
 * a number in or out of the draw, whenever the list is first written down.
 */
export function statusAtClose(doc: { steps?: { status: SuggestionStatus; date: string }[] }, closeDate: string): SuggestionStatus {
  const before = (doc.steps ?? []).filter((s) => s.date < closeDate)
  return before.length ? before[before.length - 1].status : 'received'
}

/** The eligible numbers of a closed month (ELIGIBLE_RULE). */
export const eligibleAtClose = (docs: { number: string; steps?: { status: SuggestionStatus; date: string }[] }[], month: string): string[] =>
  docs.filter((d) => statusAtClose(d, awardOpensOn(month)) !== 'rejected').map((d) => d.number)

/** The keyholders who committed before the close: only they take part in the seed. */
export const committedKeyholders = (draw: DrawInfo): Keyholder[] => (draw.keyholders ?? []).filter((k) => k.commitment)

/**
 * Whether a closed month's draw can be settled today, and how: every committed key revealed, or the
 * reveal deadline passed with at least one reveal (the missing keys replaced by their public stand-ins).
 * Never settled on stand-ins alone: those are known at the close, so whoever shaped the list could aim them.
 */
export function settle(draw: DrawInfo, today: string): Pick<DrawInfo, 'winners' | 'voidReason'> | null {
  const parts = committedKeyholders(draw)
  if (parts.length < 2) return { voidReason: '月底前锁定密钥的保管人不足两位，本月不抽幸运奖。' }
  const eligible = draw.eligible ?? []
  if (!eligible.length) return { voidReason: '本月没有可以参加抽奖的建议。' }
  const late = today > (draw.revealBy as string)
  if (parts.some((k) => !k.secret) && !late) return null
  if (!parts.some((k) => k.secret)) return { voidReason: `到${dayLabel(draw.revealBy as string)}揭晓期结束，没有保管人揭晓密钥，本月不抽幸运奖。` }
  return { winners: keyedWinners(partsOf(draw), eligible, draw.count) }
}

/** The seed's inputs: each committed keyholder's commitment and, once revealed, secret. */
export const partsOf = (draw: DrawInfo): KeyedPart[] => lockedParts(draw.keyholders)

/** The eligible list and its fingerprint, written down once. */
export const fixedList = (eligible: string[]): Pick<DrawInfo, 'eligible' | 'eligibleHash'> => ({ eligible: canonicalNumbers(eligible), eligibleHash: eligibleHashOf(eligible) })
