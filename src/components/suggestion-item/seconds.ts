import Taro from '@tarojs/taro'
import type { Result } from '../../../types/common'
import type { SecondOutput, SecondTokensOutput } from '../../../types/suggestion-second'
import { blind, finalize, type Pending, type PublicKey } from '../../ballot/lib/blind'
import { randomPool } from '../../ballot/lib/random'
import { callAction, callAnonymous } from '../../services/cloud'
import { currentOpenid } from '../../services/identity'

/**
 * 附议券 and what this phone has 附议'd, kept on this phone only (docs/anonymity.md, 附议). When the
 * board opens, the phone takes one blind-signed token for every published number it has none for,
 * whether or not it means to 附议: the server refuses a request that leaves one out, so taking them
 * says nothing about intent. A tap on 附议 spends that number's token on the anonymous path.
 */
interface Held {
  pending: Pending
  signature: string
}

interface Wallet {
  held: Record<string, Held>
  /** Blinded but not yet signed, so a retry after a lost answer sends the same values. */
  asked?: Record<string, { publicKey: PublicKey; pending: Pending }>
  /** Numbers this phone has 附议'd: shown as 已附议 */
  seconded: string[]
}

// the H5 preview shares one browser between demo identities: keep each identity's apart
const key = () => (process.env.TARO_ENV === 'h5' ? `suggestion.seconds.${currentOpenid()}` : 'suggestion.seconds')

const load = (): Wallet => {
  try {
    const w = Taro.getStorageSync(key()) as Wallet
    return w && w.held && Array.isArray(w.seconded) ? w : { held: {}, seconded: [] }
  } catch {
    return { held: {}, seconded: [] }
  }
}
const save = (w: Wallet) => Taro.setStorageSync(key(), w)

/** Numbers this phone has 附议'd. */
export const secondedNumbers = () => new Set(load().seconded)

const inflight = new Map<string, Promise<Result<number>>>()

/** Takes a token for every published number of the month this phone has none for; answers how many it holds. */
export function ensureSecondTokens(month: string): Promise<Result<number>> {
  let run = inflight.get(month)
  if (!run) {
    run = topUp(month, 2)
      .catch((): Result<number> => ({ ok: false, error: { code: 'INTERNAL', message: '这台手机没能领取附议券，请稍后再试' } }))
      .finally(() => inflight.delete(month))
    inflight.set(month, run)
  }
  return run
}

async function topUp(month: string, tries: number): Promise<Result<number>> {
  // a call makes only a few new keys on the server: ask again while some are `waiting`
  for (let round = 0; round < 20; round++) {
    const probe = await callAction('suggestion', 'secondTokens', { month, items: [] })
    if (!probe.ok) return probe
    let again = probe.data.waiting > 0
    if (probe.data.open.length) {
      const res = await ask(month, probe.data.open)
      // CONFLICT: a batch or a key came in between (ask again for all), or another phone of this member took them
      if (!res.ok && (res.error.code !== 'CONFLICT' || --tries <= 0)) return res
      again ||= !res.ok
    }
    if (!again) break
  }
  return { ok: true, data: Object.keys(load().held).length }
}

async function ask(month: string, open: SecondTokensOutput['open']): Promise<Result<SecondTokensOutput>> {
  const wallet = load()
  const asked: NonNullable<Wallet['asked']> = {}
  const fresh = open.filter((o) => !wallet.asked?.[o.number])
  const random = await randomPool(Math.max(1, fresh.length) * (32 + 8 * Math.ceil((fresh[0]?.publicKey.n.length ?? 2) / 2)))
  for (const o of open) asked[o.number] = wallet.asked?.[o.number] ?? { publicKey: o.publicKey, pending: blind(o.publicKey, random) }
  wallet.asked = { ...wallet.asked, ...asked }
  save(wallet)
  const numbers = Object.keys(asked)
  const res = await callAction('suggestion', 'secondTokens', { month, items: numbers.map((number) => ({ number, blinded: asked[number].pending.blinded })) })
  if (res.ok) signed(wallet, numbers, res.data)
  return res
}

function signed(wallet: Wallet, numbers: string[], out: SecondTokensOutput): void {
  numbers.forEach((number, i) => {
    const a = wallet.asked![number]
    const signature = finalize(a.publicKey, a.pending, out.blindSignatures[i])
    if (signature) wallet.held[number] = { pending: a.pending, signature }
    delete wallet.asked![number]
  })
  save(wallet)
}

/** 附议 one number on the anonymous path; remembered on this phone once the server has counted it (or had already). */
export async function secondAnonymously(number: string, month: string): Promise<Result<SecondOutput | null>> {
  if (!load().held[number]) {
    const got = await ensureSecondTokens(month)
    if (!got.ok) return got
  }
  const wallet = load()
  const t = wallet.held[number]
  if (!t) return { ok: false, error: { code: 'CONFLICT', message: '这台手机没有这条建议的附议券（可能在另一台手机上领过），请在原来的手机上附议' } }
  const res = await callAnonymous('suggestion', 'second', { number, token: t.pending.token, signature: t.signature })
  // counted now, or before (a lost answer, a double tap): either way this phone has 附议'd it
  if (res.ok || res.error.code === 'CONFLICT') {
    delete wallet.held[number]
    wallet.seconded = [...new Set([...wallet.seconded, number])]
    save(wallet)
    return res.ok ? res : { ok: true, data: null }
  }
  if (res.error.code === 'FORBIDDEN') {
    delete wallet.held[number]
    save(wallet)
  }
  return res
}
