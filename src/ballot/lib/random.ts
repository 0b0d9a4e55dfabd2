import Taro from '@tarojs/taro'

/**
 * Cryptographic random bytes on any phone: WebCrypto in the browser; the mini-program has none, so
 * WeChat's UserCryptoManager.getRandomValues there. Asked for up front, since blinding draws synchronously.
 */
export async function randomPool(size: number): Promise<(n: number) => Uint8Array> {
  const bytes = await fill(size)
  let used = 0
  return (n: number) => {
    if (used + n > bytes.length) throw new Error('random pool exhausted')
    used += n
    return bytes.slice(used - n, used)
  }
}

function fill(size: number): Promise<Uint8Array> {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) return Promise.resolve(c.getRandomValues(new Uint8Array(size)))
  return new Promise((resolve, reject) =>
    Taro.getUserCryptoManager().getRandomValues({
      length: size,
      success: (r: { randomValues: ArrayBuffer }) => resolve(new Uint8Array(r.randomValues)),
      fail: reject
    })
  )
}
