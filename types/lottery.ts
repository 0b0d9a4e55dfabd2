/**
 * The draw of a lottery activity (抽签), as pure functions of plain values, so the activity function
 * and the member's phone compute exactly the same allocation. It builds on the verifiable draw of
 * types/draw.ts (SHA-256 commitment, HMAC-SHA256 ranking).
 *
 * Algorithm (shown to members as the draw's proof):
 *   1. When the activity is published, the function picks a secret and publishes only
 *      commitment = hex(SHA-256(utf8(secret))).
 *   2. Sign-up closes: the list of entrants (ticket, unit, people, priority) is fixed, and
 *      digest = hex(SHA-256(entrantsText(entrants))) is a public value nobody knew before the close.
 *   3. At the draw the secret is revealed; anyone checks SHA-256(secret) = commitment.
 *   4. key = secret + ":" + digest; score(ticket) = hex(HMAC-SHA256(key, ticket)).
 *   5. Order: entrants with priority first, then by score ascending (ties by ticket).
 *   6. In that order each entrant (with their companions) takes places while the capacity and their
 *      unit's quota still hold all of them; everyone else joins the waitlist in that order.
 */
import { hmacSha256Hex, sha256Hex } from './draw'

export interface LotteryEntrant {
  /** The entrant's 抽签号, shown to them on the activity page. */
  ticket: string
  unit: string
  /** 1 + companions: the places they need together. */
  size: number
  /** Had no place in the last N lottery activities (the activity's priority rule). */
  priority: boolean
}

export interface LotteryRules {
  /** null: unlimited */
  capacity: number | null
  /** unit → most places (people) that unit may hold */
  quotas: Record<string, number>
}

/** The one canonical text of the entrants: by ticket, one line each. */
export function entrantsText(entrants: LotteryEntrant[]): string {
  return [...entrants]
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0))
    .map((e) => `${e.ticket},${e.unit},${e.size},${e.priority ? 1 : 0}`)
    .join('\n')
}

export const entrantsDigest = (entrants: LotteryEntrant[]): string => sha256Hex(entrantsText(entrants))

/** Steps 4–5: everyone in draw order. */
export function drawOrder(secret: string, entrants: LotteryEntrant[]): LotteryEntrant[] {
  const key = `${secret}:${entrantsDigest(entrants)}`
  return entrants
    .map((e) => ({ e, score: hmacSha256Hex(key, e.ticket) }))
    .sort((a, b) => Number(b.e.priority) - Number(a.e.priority) || (a.score < b.score ? -1 : a.score > b.score ? 1 : a.e.ticket < b.e.ticket ? -1 : 1))
    .map((s) => s.e)
}

export interface LotteryResult {
  /** tickets with a place, in draw order */
  winners: string[]
  /** tickets on the waitlist, in draw order */
  waitlist: string[]
}

/** Step 6. */
export function allocate(secret: string, entrants: LotteryEntrant[], rules: LotteryRules): LotteryResult {
  const winners: string[] = []
  const waitlist: string[] = []
  const byUnit = new Map<string, number>()
  let taken = 0
  for (const e of drawOrder(secret, entrants)) {
    const q = rules.quotas[e.unit]
    const unitTaken = byUnit.get(e.unit) ?? 0
    const fits = (rules.capacity === null || taken + e.size <= rules.capacity) && (q === undefined || unitTaken + e.size <= q)
    if (!fits) {
      waitlist.push(e.ticket)
      continue
    }
    winners.push(e.ticket)
    taken += e.size
    byUnit.set(e.unit, unitTaken + e.size)
  }
  return { winners, waitlist }
}

/** What a phone shows as 已验证: the secret matches the commitment and the allocation recomputes. */
export function verifyLottery(p: { commitment: string; secret: string; entrants: LotteryEntrant[]; rules: LotteryRules } & LotteryResult): boolean {
  if (sha256Hex(p.secret) !== p.commitment.toLowerCase()) return false
  const again = allocate(p.secret, p.entrants, p.rules)
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i])
  return same(again.winners, p.winners) && same(again.waitlist, p.waitlist)
}
