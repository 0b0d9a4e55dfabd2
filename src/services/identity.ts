import { OPENID_KEY } from '../config'

/**
 * H5 only: the openid the local cloud should treat as the caller (the X-WX-OPENID header).
 * The real cloud injects OPENID itself, so the mini-program never reads this.
 */
export function currentOpenid(): string {
  try {
    return globalThis.localStorage?.getItem(OPENID_KEY) ?? ''
  } catch {
    // storage can be blocked (private mode); acting as nobody is the safe fallback
    return ''
  }
}

export function setCurrentOpenid(openid: string): void {
  try {
    if (openid) globalThis.localStorage?.setItem(OPENID_KEY, openid)
    else globalThis.localStorage?.removeItem(OPENID_KEY)
  } catch {
    // nothing to do: the page will show the caller as unbound
  }
}
