import { ANON_ISSUED, ANON_KEYS } from '../collections'
import { createHash } from 'node:crypto'
import { addIfAbsent, getDoc, txGetDoc, withTransaction, type Database } from '../db'
import { AppError } from '../errors'
import { blindSign, newKeyPair, receiptOf, verifyToken, type KeyPair, type PublicKeyHex } from './rsa'

/**
 * One-use tokens for an anonymous act (a ballot, later a suggestion), by purpose (`ballot:<id>`).
 *
 * issue: the identified call. It knows the member and records "this member has taken their token
 * for this purpose" (one per member, enforced here where identity is known); it signs a blinded
 * value and never sees the token.
 * spend: the anonymous call (no OPENID). It checks the signature, and the spent token's hash (the
 * receipt) becomes the id of what is stored, so a token counts once.
 *
 * Neither record carries a time, and ids are `<purpose>:<memberId>` (issued) and a hash of a random
 * token (spent): nothing in either orders it against the other (docs/anonymity.md).
 */

interface KeyDoc extends KeyPair {
  _id: string
}

export interface IssuedDoc {
  _id: string
  purpose: string
  memberId: string
  /** What the phone sent: r^e·PSS(token) mod n, uniform whatever the token (perfect blindness). */
  blinded: string
  blindSignature: string
}

/** Made once, when what the tokens are for is created (a retry keeps the first key); the public half is published with it. */
export async function createKey(db: Database, purpose: string): Promise<PublicKeyHex> {
  const keys = await newKeyPair()
  if (await addIfAbsent(db, ANON_KEYS, { _id: purpose, publicKey: keys.publicKey, privateKey: keys.privateKey })) return keys.publicKey
  return (await keysOf(db, purpose)).publicKey
}

async function keysOf(db: Database, purpose: string): Promise<KeyPair> {
  const doc = await getDoc<KeyDoc>(db, ANON_KEYS, purpose)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这次投票的密钥，请联系主席')
  return doc
}

export const issuedId = (purpose: string, memberId: string) => `${purpose}:${memberId}`

/**
 * The blind signature for this member's one token. A retry with the same blinded value (a timeout,
 * a double tap, 50 at once) gets the same signature; another value is refused, since it would be a
 * second token.
 */
export async function issueToken(db: Database, purpose: string, memberId: string, blinded: string): Promise<string> {
  const _id = issuedId(purpose, memberId)
  const prior = await getDoc<IssuedDoc>(db, ANON_ISSUED, _id)
  if (prior) return sameOrRefuse(prior, blinded)
  const blindSignature = blindSign(await keysOf(db, purpose), blinded)
  if (!blindSignature) throw new AppError('BAD_REQUEST', '选票申请的格式不对，请刷新后重试')
  if (await addIfAbsent(db, ANON_ISSUED, { _id, purpose, memberId, blinded, blindSignature })) return blindSignature
  const won = await getDoc<IssuedDoc>(db, ANON_ISSUED, _id)
  if (!won) throw new Error('issued record vanished')
  return sameOrRefuse(won, blinded)
}

function sameOrRefuse(doc: IssuedDoc, blinded: string): string {
  if (doc.blinded === blinded) return doc.blindSignature
  throw new AppError('CONFLICT', '你已经领过这次投票的选票（每人一张）。如果换了手机，请回到原来的手机上投票')
}

/** Who has taken a token for this purpose (member ids): the turnout the chair may see. */
export async function issuedMembers(db: Database, purpose: string): Promise<string[]> {
  const out: string[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection<IssuedDoc>(ANON_ISSUED).where({ purpose }).field({ memberId: true }).orderBy('_id', 'asc').skip(skip).limit(1000).get()
    out.push(...data.map((d) => d.memberId))
    if (data.length < 1000) return out
  }
}

export interface Spent<R> {
  receipt: string
  /** false: this token was spent before; `record` is what it was spent on then. */
  fresh: boolean
  record: R
}

/**
 * Spends a token on the anonymous path: a valid signature under the purpose's key, then `record`
 * stored under the token's hash in `collection`. The same token again answers what it was spent on.
 */
export async function spendToken<R extends Record<string, unknown>>(
  db: Database,
  collection: string,
  purpose: string,
  publicKey: PublicKeyHex,
  token: string,
  signature: string,
  record: R
): Promise<Spent<R>> {
  if (!verifyToken(publicKey, token, signature)) throw new AppError('FORBIDDEN', '这张选票没有有效的签名，未被计入。请回到投票页重新投票')
  const receipt = receiptOf(token)
  if (await addIfAbsent(db, collection, { _id: receipt, purpose, ...record })) return { receipt, fresh: true, record }
  const prior = await getDoc<R & { _id: string }>(db, collection, receipt)
  if (!prior) throw new Error('spent record vanished')
  const { _id: _i, purpose: _p, ...rest } = prior as R & { _id: string; purpose: string }
  return { receipt, fresh: false, record: rest as unknown as R }
}

/** The key for purpose, made on first use: for tokens issued by period (a week) rather than for a thing created. */
export async function keyFor(db: Database, purpose: string): Promise<PublicKeyHex> {
  const doc = await getDoc<KeyDoc>(db, ANON_KEYS, purpose)
  return doc ? doc.publicKey : createKey(db, purpose)
}

/** The public half of purpose's key, or null if none was ever made (no token can exist under it). */
export async function publicKeyOf(db: Database, purpose: string): Promise<PublicKeyHex | null> {
  return (await getDoc<KeyDoc>(db, ANON_KEYS, purpose, { publicKey: true }))?.publicKey ?? null
}

/** Issuance counted per member (`<purpose>:<memberId>`): how many taken, and a hash of each blinded value. */
export interface CountedDoc {
  _id: string
  purpose: string
  memberId: string
  taken: number
  seen: string[]
}

export async function takenOf(db: Database, purpose: string, memberId: string): Promise<number> {
  return (await getDoc<CountedDoc>(db, ANON_ISSUED, issuedId(purpose, memberId)))?.taken ?? 0
}

/**
 * Up to `limit` tokens per member for one purpose (a week of suggestions): the record says only
 * "this member took k", plus a hash of each blinded value so a retry of the same values (a timeout,
 * a double tap) is answered the same signatures and not counted twice. Blinded values are uniform
 * whatever the token, so their hashes join nothing (docs/anonymity.md).
 */
export async function issueCounted(db: Database, purpose: string, memberId: string, blinded: string[], limit: number, refusal: string): Promise<{ blindSignatures: string[]; taken: number }> {
  const keys = await keysOf(db, purpose)
  // RSA signing is deterministic: the same blinded value always gets the same signature
  const blindSignatures = blinded.map((b) => {
    const s = blindSign(keys, b)
    if (!s) throw new AppError('BAD_REQUEST', '提交券申请的格式不对，请刷新后重试')
    return s
  })
  const _id = issuedId(purpose, memberId)
  const hashes = blinded.map((b) => createHash('sha256').update(b).digest('hex'))
  const taken = await withTransaction(db, async (tx) => {
    const prior = await txGetDoc<CountedDoc>(tx, ANON_ISSUED, _id)
    const seen = prior?.seen ?? []
    const fresh = [...new Set(hashes.filter((h) => !seen.includes(h)))]
    const count = (prior?.taken ?? 0) + fresh.length
    if (count > limit) throw new AppError('RATE_LIMITED', refusal)
    if (fresh.length)
      await tx
        .collection(ANON_ISSUED)
        .doc(_id)
        .set({ data: { purpose, memberId, taken: count, seen: [...seen, ...fresh] } })
    return count
  })
  return { blindSignatures, taken }
}
