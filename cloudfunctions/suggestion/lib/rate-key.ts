import { createHmac } from 'node:crypto'

/**
 * The rate-limit record's id: HMAC-SHA256(dayKey, openid) with dayKey = HMAC-SHA256(secret, day).
 * The key changes every day, so yesterday's records cannot be matched with today's, and without
 * the secret nobody can tell whose record is whose. The record holds only { day, count }.
 */
export function rateKey(secret: string, day: string, openid: string): string {
  const dayKey = createHmac('sha256', secret).update(`suggestion-rate:${day}`).digest()
  return createHmac('sha256', dayKey).update(openid).digest('hex')
}

/** Suggestions one member may submit per Shanghai day. */
export const DAILY_LIMIT = 5
