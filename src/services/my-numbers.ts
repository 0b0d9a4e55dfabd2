import Taro from '@tarojs/taro'
import { currentOpenid } from './identity'

/** A number this phone submitted, with its claim code: kept on the phone only, never sent anywhere. */
export interface MyNumber {
  number: string
  claimCode: string
  /** YYYY-MM */
  month: string
}

// the H5 preview shares one browser between demo identities: keep each identity's numbers apart
const key = () => (process.env.TARO_ENV === 'h5' ? `suggestion.myNumbers.${currentOpenid()}` : 'suggestion.myNumbers')

export function myNumbers(): MyNumber[] {
  try {
    const v = Taro.getStorageSync(key())
    return Array.isArray(v) ? (v as MyNumber[]) : []
  } catch {
    return []
  }
}

export function keepNumber(n: MyNumber): MyNumber[] {
  const next = [n, ...myNumbers().filter((x) => x.number !== n.number)]
  Taro.setStorageSync(key(), next)
  return next
}
