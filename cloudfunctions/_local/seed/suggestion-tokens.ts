import { randomBytes } from 'node:crypto'
import { blind, finalize, type PublicKey } from '../../../src/ballot/lib/blind'
import { weekOf } from '../../suggestion/lib/batch'
import type { LocalCloud } from '../cloud'

/** Each week's public key, by cloud: the probe call is made once a week, not per suggestion. */
const keys = new WeakMap<LocalCloud, Map<string, PublicKey>>()

/**
 * A demo suggestion the way a phone makes one: a token taken as the member (blinded with the app's
 * own code), then the submission on the anonymous path. One token per suggestion, so a demo member
 * still has the rest of the week's for the person trying the app. It waits for its 17:00 batch (publishDue).
 */
export async function submitAsPhone(cloud: LocalCloud, openid: string, event: Record<string, unknown>): Promise<Record<string, unknown>> {
  const ask = async (who: string, e: Record<string, unknown>) => {
    const res = await cloud.call('suggestion', e, who)
    if (!res.ok) throw new Error(`seed suggestion ${String(e.action)} failed: ${res.error.message}`)
    return res.data as Record<string, any>
  }
  const known = keys.get(cloud) ?? new Map<string, PublicKey>()
  keys.set(cloud, known)
  const week = weekOf(cloud.now())
  if (!known.has(week)) known.set(week, ((await ask(openid, { action: 'tokens' })) as { publicKey: PublicKey }).publicKey)
  const publicKey = known.get(week)!
  const pending = blind(publicKey, (n) => new Uint8Array(randomBytes(n)))
  const { blindSignatures } = await ask(openid, { action: 'tokens', week, blinded: [pending.blinded] })
  const signature = finalize(publicKey, pending, blindSignatures[0])
  if (!signature) throw new Error('seed suggestion token did not unblind')
  return ask('', { ...event, week, token: pending.token, signature })
}

/** The `publish` timer at `now`, as the platform fires it: every batch whose 17:00 has passed goes on the board. */
export async function publishDue(cloud: LocalCloud, now: Date): Promise<void> {
  const was = cloud.now().toISOString()
  cloud.setClock(now.toISOString())
  await cloud.fireTimer('suggestion', 'publish')
  cloud.setClock(was)
}
