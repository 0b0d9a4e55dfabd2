import type { SecondTokensInput, SecondTokensOutput } from '../../../types/suggestion-second'
import { createKey, issueToken, publicKeyOf } from '../../_shared/anon/tokens'
import type { PublicKeyHex } from '../../_shared/anon/rsa'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { secondPurpose, takenSeconds } from '../data/seconds'
import { suggestionsWhere } from '../data/suggestions'
import { isPublished } from '../lib/view'

/**
 * 领附议券, the identified step: one blind-signed token per (published suggestion, member). The phone
 * takes one for EVERY published number of the month it has not taken, whether or not it means to
 * 附议, when the board opens; a request that leaves one out is refused. So every member's issuance
 * records are the same shape, and none says which suggestion they support (docs/anonymity.md).
 * The number's key is made here on first need (idempotent: a race keeps the first key), a few per
 * call, since a 2048-bit key takes a good part of a second: a number still without a key can have
 * no token yet, so it is left for the next call (`waiting`).
 */
export async function secondTokens(input: SecondTokensInput, ctx: Ctx): Promise<SecondTokensOutput> {
  const member = requireMember(ctx)
  const { month, items } = input
  const published = (await suggestionsWhere(ctx.db, { month })).filter(isPublished).map((d) => d.number)
  const onBoard = new Set(published)
  const asked = new Set<string>()
  for (const it of items) {
    if (!onBoard.has(it.number)) throw new AppError('NOT_FOUND', `${it.number} 号不在这个月的公开栏上，请刷新公开栏后重试`)
    if (asked.has(it.number)) throw new AppError('BAD_REQUEST', `${it.number} 号的附议券只能领一张`)
    asked.add(it.number)
  }
  const taken = await takenSeconds(ctx.db, published, member._id)
  const untaken = published.filter((n) => !taken.has(n))
  // only the asking call makes keys: one made while signing would open a number this request could not have included
  const keys = await keysOf(ctx, [...new Set([...untaken, ...asked])], items.length ? 0 : NEW_KEYS_PER_CALL)
  const open = untaken.filter((n) => keys.has(n))
  if (items.length && open.some((n) => !asked.has(n))) throw new AppError('CONFLICT', '公开栏刚刚有更新：每条公开的建议都要领一张附议券（附不附议都领，这样谁也看不出你支持哪条），请刷新后重试')
  const blindSignatures = await Promise.all(
    items.map(async (it) => {
      try {
        return await issueToken(ctx.db, secondPurpose(it.number), member._id, it.blinded)
      } catch (e) {
        // the shared engine speaks of ballots; say it of 附议
        if (e instanceof AppError && e.code === 'CONFLICT') throw new AppError('CONFLICT', `你已经领过 ${it.number} 号的附议券（每人每条一张）。如果换了手机，请回到原来的手机上附议`)
        if (e instanceof AppError && e.code === 'BAD_REQUEST') throw new AppError('BAD_REQUEST', '附议券申请的格式不对，请刷新后重试')
        throw e
      }
    })
  )
  return { month, open: items.length ? [] : open.map((number) => ({ number, publicKey: keys.get(number)! })), blindSignatures, waiting: untaken.length - open.length }
}

/** Keys made per call at most: the function must answer well inside its timeout. */
const NEW_KEYS_PER_CALL = 4

/** The public keys of these numbers that have one, making up to `make` of the missing. */
async function keysOf(ctx: Ctx, numbers: string[], make: number): Promise<Map<string, PublicKeyHex>> {
  const found = await Promise.all(numbers.map(async (n) => [n, await publicKeyOf(ctx.db, secondPurpose(n))] as const))
  const missing = found.filter(([, k]) => !k).map(([n]) => n)
  const made = await Promise.all(missing.slice(0, make).map(async (n) => [n, await createKey(ctx.db, secondPurpose(n))] as const))
  return new Map([...found.filter((f): f is readonly [string, PublicKeyHex] => Boolean(f[1])), ...made])
}
