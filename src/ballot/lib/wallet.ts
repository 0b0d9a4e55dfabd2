import Taro from '@tarojs/taro'
import type { Ballot, Choices } from '../../../types/ballot'
import { callAction, callAnonymous } from '../../services/cloud'
import type { Result } from '../../../types/common'
import { blind, finalize, receiptOf, type Pending } from './blind'
import { randomPool } from './random'

/**
 * What this phone holds for one ballot, kept on the phone only: the token and its unblinding before
 * 领票 (so a retry sends the same blinded value), the signature after, and the receipt and choices
 * once cast (so 结果 can say 已验证). Keyed by member as well, since an H5 preview switches identities.
 */
export interface Slip {
  pending: Pending
  signature?: string
  receipt?: string
  choices?: Choices
}

const keyOf = (ballotId: string, memberId: string) => `union.ballot.${ballotId}.${memberId}`

export const loadSlip = (ballotId: string, memberId: string): Slip | null => (Taro.getStorageSync(keyOf(ballotId, memberId)) as Slip) || null

const save = (ballotId: string, memberId: string, slip: Slip) => Taro.setStorageSync(keyOf(ballotId, memberId), slip)

const inflight = new Map<string, Promise<Result<Slip>>>()

/**
 * 领票: blind a fresh token (or the one kept from an earlier try), have it signed, unblind. One at
 * a time per ballot and member: two at once would blind two tokens, and the server keeps only one.
 */
export function takeBallot(b: Pick<Ballot, 'id' | 'publicKey'>, memberId: string): Promise<Result<Slip>> {
  const key = keyOf(b.id, memberId)
  let p = inflight.get(key)
  if (!p) {
    p = take(b, memberId)
      .catch((): Result<Slip> => ({ ok: false, error: { code: 'INTERNAL', message: '这台手机没能生成选票，请稍后再试' } }))
      .finally(() => inflight.delete(key))
    inflight.set(key, p)
  }
  return p
}

async function take(b: Pick<Ballot, 'id' | 'publicKey'>, memberId: string): Promise<Result<Slip>> {
  let slip = loadSlip(b.id, memberId)
  if (slip?.signature) return { ok: true, data: slip }
  if (!slip) {
    const random = await randomPool(32 + 8 * Math.ceil(b.publicKey.n.length / 2))
    slip = loadSlip(b.id, memberId) ?? { pending: blind(b.publicKey, random) }
    save(b.id, memberId, slip)
  }
  const res = await callAction('ballot', 'token', { id: b.id, blinded: slip.pending.blinded })
  if (!res.ok) return res
  const signature = finalize(b.publicKey, slip.pending, res.data.blindSignature)
  if (!signature) return { ok: false, error: { code: 'INTERNAL', message: '选票签名校验失败，请稍后重试' } }
  slip = { ...slip, signature }
  save(b.id, memberId, slip)
  return { ok: true, data: slip }
}

/** 投票 on the anonymous path; the receipt is worked out here too and must match what the server says. */
export async function castBallot(b: Pick<Ballot, 'id' | 'publicKey' | 'group'>, memberId: string, choices: Choices): Promise<Result<Slip>> {
  const took = await takeBallot(b, memberId)
  if (!took.ok) return took
  const slip = took.data
  // a rating by rater groups: the token was signed with this group's key, and the ballot names the group (nothing else about the voter)
  const res = await callAnonymous('ballot', 'cast', { id: b.id, choices, token: slip.pending.token, signature: slip.signature!, ...(b.group !== undefined ? { group: b.group } : {}) })
  if (!res.ok) return res
  if (res.data.receipt !== receiptOf(slip.pending.token)) return { ok: false, error: { code: 'INTERNAL', message: '回执与本机记录不符，请截图告知工会主席' } }
  const done = { ...slip, receipt: res.data.receipt, choices }
  save(b.id, memberId, done)
  return { ok: true, data: done }
}
