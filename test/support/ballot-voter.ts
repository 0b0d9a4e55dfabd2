import { randomBytes } from 'node:crypto'
import type { Ballot, Choices } from '../../types/ballot'
import { blind, finalize, type Pending } from '../../src/ballot/lib/blind'
import type { Harness } from './harness'

/** A phone's random source (the app uses crypto.getRandomValues / wx's getRandomValues). */
export const phoneRandom = (n: number) => new Uint8Array(randomBytes(n))

export interface Held {
  pending: Pending
  signature: string
}

/** 领票 as the phone does it: blind on the phone (the app's own code), the identified call, unblind. */
export async function takeToken(h: Harness, ballot: Pick<Ballot, 'id' | 'publicKey'>, openid: string, pending = blind(ballot.publicKey, phoneRandom)): Promise<Held> {
  const { blindSignature } = await h.ok<{ blindSignature: string }>('ballot', openid, { action: 'token', id: ballot.id, blinded: pending.blinded })
  const signature = finalize(ballot.publicKey, pending, blindSignature)
  if (!signature) throw new Error('the blind signature did not unblind to a valid one')
  return { pending, signature }
}

/** 投票 on the anonymous path: no openid. */
export const castWith = (h: Harness, ballotId: string, held: Held, choices: Choices) =>
  h.call('ballot', '', { action: 'cast', id: ballotId, choices, token: held.pending.token, signature: held.signature })

/** Token then cast; answers the receipt. */
export async function vote(h: Harness, ballot: Pick<Ballot, 'id' | 'publicKey'>, openid: string, choices: Choices): Promise<string> {
  const r = await castWith(h, ballot.id, await takeToken(h, ballot, openid), choices)
  if (!r.ok) throw new Error(`cast failed: ${r.error.code} ${r.error.message}`)
  return r.data.receipt
}
