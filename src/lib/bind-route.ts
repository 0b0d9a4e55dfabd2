import Taro from '@tarojs/taro'
import { NOT_BOUND, type AppErrorBody } from '../../types/common'

/** The tab bar's pages (app.config.ts): only switchTab reaches them, and it carries no query. */
export const TAB_PAGES = ['/pages/index/index', '/pages/activities/index', '/pages/suggestions/index', '/pages/mine/index']

const BIND_PAGE = '/pages/bind/index'

/** Where a forwarded page can be (app.config.ts): the main package and the member-facing subpackages. */
const MEMBER_PAGES = ['/pages/', '/ballot/pages/', '/congress/pages/']

/**
 * True when a call failed because this phone is bound to no member (FORBIDDEN with NOT_BOUND), or,
 * in the browser twin, because no identity is chosen at all (UNAUTHENTICATED): a 去绑定 prompt, not 重试.
 */
export function isNotBound(error: AppErrorBody | undefined): boolean {
  return (error?.code === 'FORBIDDEN' && error.message === NOT_BOUND) || error?.code === 'UNAUTHENTICATED'
}

/** The mini-program hands query values over still URL-encoded; H5 may have decoded them. */
export function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** A page's route with its query, as a url to come back to: Taro's own params ($taroTimestamp, stamp) left out. */
export function routeOf(path: string | undefined, params: Record<string, string | undefined> = {}): string | undefined {
  const base = (path ?? '').split('?')[0]
  if (!base) return undefined
  const query = Object.entries(params)
    .filter(([k, v]) => v !== undefined && !k.startsWith('$') && k !== 'stamp')
    .map(([k, v]) => `${k}=${encodeURIComponent(decoded(v as string))}`)
    .join('&')
  const url = base.startsWith('/') ? base : `/${base}`
  return query ? `${url}?${query}` : url
}

const isTab = (url: string) => TAB_PAGES.includes(url.split('?')[0])

/** The bind page's url, told where to return after binding. */
export const bindUrl = (back?: string) => (back ? `${BIND_PAGE}?back=${encodeURIComponent(back)}` : BIND_PAGE)

/**
 * Opens 绑定 from the page at `back`. A tab page stays under it (switchTab comes back to it); any
 * other page is replaced by it, so that after binding the page opens afresh, bound, in its place.
 */
export function openBind(back?: string): void {
  if (!back || isTab(back)) void Taro.navigateTo({ url: bindUrl(back) })
  else void Taro.redirectTo({ url: bindUrl(back) })
}

/** After binding: back to the page the member came from (`back`, the bind page's query), else 我的. */
export function returnAfterBind(back: string | undefined): void {
  const url = back ? decoded(back) : ''
  // only our own member-facing pages (a forwarded ballot or proposal opens in its subpackage): a forged back=https://… is ignored
  if (!MEMBER_PAGES.some((p) => url.startsWith(p)) || url.startsWith(BIND_PAGE)) {
    void Taro.switchTab({ url: '/pages/mine/index' })
    return
  }
  if (isTab(url)) void Taro.switchTab({ url: url.split('?')[0] })
  else void Taro.redirectTo({ url })
}
