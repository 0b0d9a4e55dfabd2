import { createHmac, randomInt } from 'node:crypto'

/** Readable alphabet shared with invite codes: no 0/O/1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const pick = (n: number, random: (max: number) => number) => {
  let s = ''
  for (let i = 0; i < n; i++) s += ALPHABET[random(ALPHABET.length)]
  return s
}

/**
 * YYMM-XXXX, e.g. 2611-K7Q3: the month is public anyway (the board groups by it); the rest is drawn
 * with a CSPRNG from 31^4 ≈ 920,000 per month, so a number says nothing about submission order.
 */
export function newNumber(month: string, random: (max: number) => number = randomInt): string {
  return `${month.slice(2, 4)}${month.slice(5, 7)}-${pick(4, random)}`
}

/** The month a number belongs to, from its prefix (20YY). */
export const monthOfNumber = (number: string): string => `20${number.slice(0, 2)}-${number.slice(2, 4)}`

/** 8 characters, about 8.5e11 codes: guessing one online is hopeless. */
export const newClaimCode = (random: (max: number) => number = randomInt): string => pick(8, random)

/**
 * The claim code of a suggestion made with this submission token: derived from the token (which only
 * the author's phone and, for the moment of submission, the function see), so a retry of the same
 * submission answers the same code, and none is stored but its scrypt hash.
 */
export function claimCodeOf(tokenHex: string): string {
  let s = ''
  for (let round = 0; s.length < 8; round++) {
    for (const b of createHmac('sha256', Buffer.from(tokenHex, 'hex')).update(`claim-code:${round}`).digest()) {
      // 248 = 8 × 31: bytes above it would favour some characters
      if (b < 248 && s.length < 8) s += ALPHABET[b % ALPHABET.length]
    }
  }
  return s
}
