import Taro from '@tarojs/taro'

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** 128 random bits for a keyholder's draw secret, from the platform's CSPRNG. */
export async function newDrawSecret(): Promise<string> {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) return hex(c.getRandomValues(new Uint8Array(16)))
  const res = await Taro.getRandomValues({ length: 16 })
  return hex(new Uint8Array(res.randomValues))
}

/** Which draw a secret is for: a month of the suggestion box's lucky draw, or a lottery activity. */
export const drawScope = {
  month: (month: string) => `suggestion.drawSecret.${month}`,
  activity: (id: string) => `activity.drawSecret.${id}`
}

// per keyholder as well as per draw: one phone may be used by two people (切换身份 locally, a shared office phone)
const KEY = (scope: string, holder?: string) => `${scope}${holder ? `.${holder}` : ''}`

/** The keyholder's phone keeps the secret until the reveal; the server only ever sees its hash before. */
export const savedDrawSecret = (scope: string, holder?: string): string => {
  try {
    return String(Taro.getStorageSync(KEY(scope, holder)) || '')
  } catch {
    return ''
  }
}
export const saveDrawSecret = (scope: string, secret: string, holder?: string) => Taro.setStorageSync(KEY(scope, holder), secret)
