/**
 * The draw of a lottery activity (抽签), as pure functions of plain values, so the activity function
 * and the member's phone compute exactly the same allocation. It builds on the verifiable draw of
 * types/draw.ts (SHA-256 commitments, HMAC-SHA256 ranking, the keyed seed of the suggestion box).
 *
 * Algorithm (shown to members as the draw's proof):
 *   1. When the activity is published, the function picks a secret (the system's share) and
 *      publishes only commitment = hex(SHA-256(utf8(secret))). The chair names the keyholders
 *      (herself and a 督导员 or 经审委员); before sign-up closes each publishes SHA-256 of a secret
 *      of their own, made on their own phone.
 *   2. Sign-up closes: the list of entrants (ticket, unit, people, priority) is fixed, and
 *      digest = hex(SHA-256(entrantsText(entrants))) is a public value nobody knew before the close.
 *   3. After the close each keyholder reveals their secret (it must hash to their commitment); a
 *      keyholder who has not revealed by the deadline is replaced by the public stand-in of
 *      types/draw.ts. At the draw the system's secret is revealed too.
 *   4. key = keyedSeed([system, keyholder 1, keyholder 2…], digest) (types/draw.ts), or, when no
 *      keyholder locked a secret before the close, secret + ":" + digest (the system's share alone);
 *      score(ticket) = hex(HMAC-SHA256(key, ticket)).
 *   5. Order: entrants with priority first, then by score ascending (ties by ticket).
 *   6. In that order each entrant (with their companions) takes places while the capacity and their
 *      unit's quota still hold all of them; everyone else joins the waitlist in that order.
 * The system's secret stays inside the function until the draw and the keyholders' secrets stay on
 * their phones until the close: nobody, the function's operator included, can foresee the result
 * while sign-up is open, and the last keyholder to reveal still cannot compute it.
 */
import { hmacSha256Hex, keyedSeed, sha256Hex, type KeyedPart } from './draw'

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

/** The secrets behind a draw: the system's share, and the keyholders' who locked one before the close (in naming order). */
export interface LotteryShares {
  /** The system's share: its commitment, and the secret once the draw reveals it. */
  commitment: string
  secret: string
  keys?: KeyedPart[]
}

/** Step 4's key: keyed when any keyholder locked a secret, else the system's share alone. */
export function lotteryKey(s: LotteryShares, entrants: LotteryEntrant[]): string {
  const digest = entrantsDigest(entrants)
  if (!s.keys?.length) return `${s.secret}:${digest}`
  return keyedSeed([{ commitment: s.commitment, secret: s.secret }, ...s.keys], digest)
}

/** Step 5: everyone in draw order. */
export function drawOrder(key: string, entrants: LotteryEntrant[]): LotteryEntrant[] {
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
export function allocate(shares: LotteryShares, entrants: LotteryEntrant[], rules: LotteryRules): LotteryResult {
  const winners: string[] = []
  const waitlist: string[] = []
  const byUnit = new Map<string, number>()
  let taken = 0
  for (const e of drawOrder(lotteryKey(shares, entrants), entrants)) {
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

/** What a phone shows as 已验证: every revealed secret matches its commitment and the allocation recomputes. */
export function verifyLottery(p: LotteryShares & { entrants: LotteryEntrant[]; rules: LotteryRules } & LotteryResult): boolean {
  if (sha256Hex(p.secret) !== p.commitment.toLowerCase()) return false
  if ((p.keys ?? []).some((k) => k.secret !== undefined && sha256Hex(k.secret) !== k.commitment.toLowerCase())) return false
  const again = allocate(p, p.entrants, p.rules)
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i])
  return same(again.winners, p.winners) && same(again.waitlist, p.waitlist)
}
