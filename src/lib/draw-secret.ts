import Taro from '@tarojs/taro'

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** 128 random bits for a keyholder's draw secret, from the platform's CSPRNG. */
export async function newDrawSecret(): Promise<string> {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) return hex(c.getRandomValues(new Uint8Array(16)))
  const res = await Taro.getRandomValues({ length: 16 })
  return hex(new Uint8Array(res.randomValues))
}

// per keyholder as well as per month: one phone may be used by two people (切换身份 locally, a shared office phone)
const KEY = (month: string, holder?: string) => `suggestion.drawSecret.${month}${holder ? `.${holder}` : ''}`

/** The keyholder's phone keeps the secret until the reveal; the server only ever sees its hash before. */
export const savedDrawSecret = (month: string, holder?: string): string => {
  try {
    return String(Taro.getStorageSync(KEY(month, holder)) || '')
  } catch {
    return ''
  }
}
export const saveDrawSecret = (month: string, secret: string, holder?: string) => Taro.setStorageSync(KEY(month, holder), secret)
