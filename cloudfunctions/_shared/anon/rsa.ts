import { constants, createHash, createPrivateKey, createPublicKey, generateKeyPair, privateDecrypt, publicEncrypt, verify } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * RSA blind signatures in the shape of RFC 9474's RSABSSA-PSSZERO-Deterministic, with SHA-256 for
 * the RFC's SHA-384 (the phone hashes in pure JS without BigInt): the phone PSS-encodes its token
 * (SHA-256, MGF1-SHA-256, no salt), blinds it with r^e and sends only the blinded number; the
 * signer raises it to d; the phone unblinds to an ordinary RSASSA-PSS signature that node:crypto
 * verifies. The signer never sees the token or its signature, so even the private key cannot tell
 * which issuance a spent token came from (the blinding factor r is uniform and never leaves the phone).
 */

/** The public half as the phone needs it: modulus and exponent, big-endian hex. */
export interface PublicKeyHex {
  n: string
  e: string
}

export interface KeyPair {
  publicKey: PublicKeyHex
  /** PKCS#8 PEM; stored where the function reads it (docs/anonymity.md says why holding it links nothing). */
  privateKey: string
}

const MODULUS_BITS = 2048
const generate = promisify(generateKeyPair)

const hexOf = (b64url: string) => Buffer.from(b64url, 'base64url').toString('hex')
const b64urlOf = (hex: string) => Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex').toString('base64url')

export async function newKeyPair(): Promise<KeyPair> {
  const { publicKey, privateKey } = await generate('rsa', { modulusLength: MODULUS_BITS, publicExponent: 0x10001 })
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string }
  return { publicKey: { n: hexOf(jwk.n), e: hexOf(jwk.e) }, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }
}

const publicKeyObject = (pk: PublicKeyHex) => createPublicKey({ key: { kty: 'RSA', n: b64urlOf(pk.n), e: b64urlOf(pk.e) }, format: 'jwk' })

const modulusBytes = (pk: PublicKeyHex) => Math.ceil(BigInt('0x' + pk.n).toString(2).length / 8)

/**
 * BlindSign (RFC 9474 §4.3): s = m^d mod n on the blinded value, then checked with e, so a faulty
 * signing never hands out a value that could leak the key. Answers null for a value that is not a
 * blinded message under this key (wrong length, ≥ n).
 */
export function blindSign(keys: KeyPair, blindedHex: string): string | null {
  const k = modulusBytes(keys.publicKey)
  if (!/^[0-9a-f]+$/.test(blindedHex) || blindedHex.length !== 2 * k) return null
  const m = Buffer.from(blindedHex, 'hex')
  if (BigInt('0x' + blindedHex) >= BigInt('0x' + keys.publicKey.n)) return null
  const s = privateDecrypt({ key: createPrivateKey(keys.privateKey), padding: constants.RSA_NO_PADDING }, m)
  const back = publicEncrypt({ key: publicKeyObject(keys.publicKey), padding: constants.RSA_NO_PADDING }, s)
  if (!back.equals(m)) throw new Error('blind signature failed its own check')
  return s.toString('hex')
}

/** Whether signatureHex is a valid RSASSA-PSS (SHA-256, salt 0) signature of the token's bytes. */
export function verifyToken(pk: PublicKeyHex, tokenHex: string, signatureHex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(tokenHex) || !/^[0-9a-f]+$/.test(signatureHex) || signatureHex.length !== 2 * modulusBytes(pk)) return false
  try {
    return verify('sha256', Buffer.from(tokenHex, 'hex'), { key: publicKeyObject(pk), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 0 }, Buffer.from(signatureHex, 'hex'))
  } catch {
    return false
  }
}

/** What the voter is shown and finds in the published list: SHA-256 of the token (the token itself stays secret). */
export const receiptOf = (tokenHex: string) => createHash('sha256').update(Buffer.from(tokenHex, 'hex')).digest('hex')
