import { sha256Hex } from '../../types/draw'
import { CHAIR, type Harness } from './harness'

export interface KeyedDrawKit {
  chairSecret: string
  otherSecret: string
  /** Both keyholders reveal (after the close): the draw settles on the second. */
  reveal: () => Promise<void>
}

/**
 * The keyed lucky draw set up as the chair and a second keyholder (a 督导员, or a member tagged
 * 经审委员) would from their phones, while `month` is open: keyholders named, both keys locked.
 */
export async function lockKeyedDraw(h: Harness, month: string, other: { id: string; openid: string | null }, count = 1): Promise<KeyedDrawKit> {
  const chairSecret = `chair secret for ${month} 0001`
  const otherSecret = `keyholder secret for ${month} 0002`
  await h.ok('suggestion', CHAIR, { action: 'setKeyholders', month, memberIds: [other.id], count })
  await h.ok('suggestion', CHAIR, { action: 'commitDraw', month, commitment: sha256Hex(chairSecret) })
  await h.ok('suggestion', other.openid as string, { action: 'commitDraw', month, commitment: sha256Hex(otherSecret) })
  return {
    chairSecret,
    otherSecret,
    reveal: async () => {
      await h.ok('suggestion', CHAIR, { action: 'reveal', month, secret: chairSecret })
      await h.ok('suggestion', other.openid as string, { action: 'reveal', month, secret: otherSecret })
    }
  }
}
