import Taro from '@tarojs/taro'
import type { Result } from '../../../types/common'
import type { SubmitInput, SubmitOutput, TokensOutput } from '../../../types/suggestion'
import { blind, finalize, type Pending, type PublicKey } from '../../ballot/lib/blind'
import { randomPool } from '../../ballot/lib/random'
import { callAction, callAnonymous } from '../../services/cloud'
import { currentOpenid } from '../../services/identity'

/**
 * 提交券 kept on this phone only (docs/anonymity.md, suggestions): up to 5 a Beijing week, blind-signed
 * through the identified call when the suggestion page opens, spent one per suggestion on the
 * anonymous path. Taking them on opening, writing or not, is what keeps the issuance log from
 * dating a suggestion. A token is dropped only once its submission is answered, so a retry after a
 * lost answer sends the same token and is told the same number.
 */
interface Held {
  week: string
  pending: Pending
  signature: string
}

interface Wallet {
  held: Held[]
  /** Blinded but not yet signed: a retry after a lost answer sends the same values. */
  asked?: { week: string; publicKey: PublicKey; pendings: Pending[] }
}

export interface TokenState {
  /** Tokens on this phone now */
  left: number
  /** YYYY-MM-DD: next Monday, when 5 more come */
  renewsOn: string
}

// the H5 preview shares one browser between demo identities: keep each identity's tokens apart
const key = () => (process.env.TARO_ENV === 'h5' ? `suggestion.tokens.${currentOpenid()}` : 'suggestion.tokens')

const load = (): Wallet => {
  try {
    const w = Taro.getStorageSync(key()) as Wallet
    return w && Array.isArray(w.held) ? w : { held: [] }
  } catch {
    return { held: [] }
  }
}
const save = (w: Wallet) => Taro.setStorageSync(key(), w)

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

let inflight: Promise<Result<TokenState>> | null = null

/** Tops this phone up to its week's tokens; one run at a time, since two would blind twice. */
export function ensureTokens(): Promise<Result<TokenState>> {
  if (!inflight) {
    inflight = topUp()
      .catch((): Result<TokenState> => ({ ok: false, error: { code: 'INTERNAL', message: '这台手机没能领取提交券，请稍后再试' } }))
      .finally(() => (inflight = null))
  }
  return inflight
}

async function topUp(): Promise<Result<TokenState>> {
  const probe = await callAction('suggestion', 'tokens', {})
  if (!probe.ok) return probe
  const { week, publicKey, taken, limit, renewsOn } = probe.data
  const wallet = load()
  // the server takes tokens of this week and last
  wallet.held = wallet.held.filter((t) => t.week >= addDays(week, -7))
  if (wallet.asked && wallet.asked.week !== week) wallet.asked = undefined
  if (!wallet.asked && taken < limit) {
    const random = await randomPool((limit - taken) * (32 + 8 * Math.ceil(publicKey.n.length / 2)))
    wallet.asked = { week, publicKey, pendings: Array.from({ length: limit - taken }, () => blind(publicKey, random)) }
  }
  save(wallet)
  if (wallet.asked) {
    const res = await callAction('suggestion', 'tokens', { week, blinded: wallet.asked.pendings.map((p) => p.blinded) })
    if (!res.ok && res.error.code !== 'RATE_LIMITED') return res
    if (res.ok) signed(wallet, res.data)
    // RATE_LIMITED: the week's were taken by another phone of this member; nothing to add here
    wallet.asked = undefined
    save(wallet)
  }
  return { ok: true, data: { left: wallet.held.length, renewsOn } }
}

function signed(wallet: Wallet, out: TokensOutput): void {
  const asked = wallet.asked!
  asked.pendings.forEach((pending, i) => {
    const signature = finalize(asked.publicKey, pending, out.blindSignatures[i])
    if (signature) wallet.held.push({ week: asked.week, pending, signature })
  })
}

/** Tokens on this phone, without asking the server. */
export const tokensLeft = () => load().held.length

/** 投递 on the anonymous path with the oldest token; it is dropped once the server has answered for it. */
export async function submitAnonymously(input: Pick<SubmitInput, 'content' | 'category'>): Promise<Result<SubmitOutput>> {
  const wallet = load()
  const t = wallet.held.sort((a, b) => (a.week < b.week ? -1 : 1))[0]
  if (!t) return { ok: false, error: { code: 'RATE_LIMITED', message: '这台手机上没有提交券了' } }
  const res = await callAnonymous('suggestion', 'submit', { ...input, week: t.week, token: t.pending.token, signature: t.signature })
  // answered, or refused for good (expired, invalid): this token is done; content refused: it is kept for the next try
  if (res.ok || res.error.code === 'FORBIDDEN') save({ ...wallet, held: wallet.held.filter((x) => x !== t) })
  return res
}
