import { randomBytes } from 'node:crypto'
import { blind, finalize, type Pending, type PublicKey } from '../../src/ballot/lib/blind'
import type { Harness } from './harness'

const phoneRandom = (n: number) => new Uint8Array(randomBytes(n))

export interface HeldSecond {
  number: string
  pending: Pending
  signature: string
}

/**
 * 领附议券 as the phone does it on opening the board: ask which published numbers have no token yet,
 * blind one for each (all of them, seconding or not), the identified call, unblind.
 */
export async function takeSecondTokens(h: Harness, openid: string, month: string): Promise<Map<string, HeldSecond>> {
  const out = new Map<string, HeldSecond>()
  // a call makes only a few new keys: the phone asks again while some are `waiting`
  for (let round = 0; round < 50; round++) {
    const probe = await h.ok<{ open: { number: string; publicKey: PublicKey }[]; waiting: number }>('suggestion', openid, { action: 'secondTokens', month })
    const asked = probe.open.map((o) => ({ ...o, pending: blind(o.publicKey, phoneRandom) }))
    if (asked.length) {
      const { blindSignatures } = await h.ok<{ blindSignatures: string[] }>('suggestion', openid, {
        action: 'secondTokens',
        month,
        items: asked.map((a) => ({ number: a.number, blinded: a.pending.blinded }))
      })
      asked.forEach((a, i) => {
        const signature = finalize(a.publicKey, a.pending, blindSignatures[i])
        if (!signature) throw new Error('the blind signature did not unblind to a valid one')
        out.set(a.number, { number: a.number, pending: a.pending, signature })
      })
    }
    if (!probe.waiting) return out
  }
  throw new Error('keys never came')
}

/** 附议 on the anonymous path: no openid. */
export const secondWith = (h: Harness, held: HeldSecond, openid = '') => h.call('suggestion', openid, { action: 'second', number: held.number, token: held.pending.token, signature: held.signature })
