import { randomBytes } from 'node:crypto'
import { blind, finalize, type Pending, type PublicKey } from '../../src/ballot/lib/blind'
import type { Harness } from './harness'

/** What a phone's calls need: the harness, or the browser journeys' local cloud over HTTP. */
export type Caller = Pick<Harness, 'ok' | 'call'>

/** A phone's random source (the app uses crypto.getRandomValues / wx's getRandomValues). */
const phoneRandom = (n: number) => new Uint8Array(randomBytes(n))

export interface HeldToken {
  week: string
  pending: Pending
  signature: string
}

export interface Submitted {
  number: string
  claimCode: string
  month: string
  publishesAt: string
}

/** 领券 as the phone does it: ask for the week's key, blind k tokens on the phone (the app's own code), the identified call, unblind. */
export async function takeTokens(h: Caller, openid: string, k = 1): Promise<HeldToken[]> {
  const probe = await h.ok<{ week: string; publicKey: PublicKey }>('suggestion', openid, { action: 'tokens' })
  const pendings = Array.from({ length: k }, () => blind(probe.publicKey, phoneRandom))
  const { blindSignatures } = await h.ok<{ blindSignatures: string[] }>('suggestion', openid, { action: 'tokens', week: probe.week, blinded: pendings.map((p) => p.blinded) })
  return pendings.map((pending, i) => {
    const signature = finalize(probe.publicKey, pending, blindSignatures[i])
    if (!signature) throw new Error('the blind signature did not unblind to a valid one')
    return { week: probe.week, pending, signature }
  })
}

/** 投递 on the anonymous path: no openid. */
export const submitWith = (h: Caller, held: HeldToken, content: string, category?: string) =>
  h.call('suggestion', '', { action: 'submit', content, ...(category ? { category } : {}), week: held.week, token: held.pending.token, signature: held.signature })

/** A token, then the anonymous submission; answers what the phone is told. */
export async function submitAs(h: Caller, openid: string, content: string, category?: string): Promise<Submitted> {
  const [held] = await takeTokens(h, openid)
  const r = await submitWith(h, held, content, category)
  if (!r.ok) throw new Error(`submit failed: ${r.error.code} ${r.error.message}`)
  return r.data as Submitted
}

/** The `publish` timer run at 17:00 Beijing of that instant's batch (as the platform fires it), then the clock put back. */
export async function publishBatchOf(h: Harness, publishesAt: string): Promise<void> {
  const before = h.cloud.clockIsFixed ? h.cloud.now().toISOString() : null
  h.setNow(publishesAt)
  const r = await h.cloud.fireTimer('suggestion', 'publish')
  h.setNow(before)
  if (!r.ok) throw new Error(`publish failed: ${r.error.code} ${r.error.message}`)
}
