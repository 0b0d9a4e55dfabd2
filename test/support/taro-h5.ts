/**
 * `@tarojs/taro` for the ui project: the real H5 API (@tarojs/taro-h5), plus the page-lifecycle
 * hooks. In the app those hooks are bound to the page by the React framework runtime when the app
 * boots; a page rendered alone in jsdom has no app, so it is treated as shown once, on mount.
 */
import { useEffect, useLayoutEffect } from 'react'
import * as H5 from '@tarojs/taro-h5'

export * from '@tarojs/taro-h5'

/**
 * The build's babel-plugin-transform-taroapi turns `Taro.showToast` into a named import; without
 * it the default object lacks the APIs, so merge them in. Tests spy on this object.
 */
const Taro = { ...(H5 as any).default, ...H5, default: undefined } as typeof H5.default
export default Taro

const onMount = (fn: () => unknown) => useEffect(() => void fn(), [])
const never = (_fn: (...args: any[]) => unknown) => undefined

export const useLaunch = onMount
export const useLoad = onMount
export const useDidShow = onMount
export const useReady = (fn: () => unknown) => useLayoutEffect(() => void fn(), [])
export const useDidHide = never
export const useUnload = never
export const usePullDownRefresh = never
export const useReachBottom = never
export const usePageScroll = never
export const useShareAppMessage = never
/** The route a page rendered alone is opened with: tests set it (setRoute) before rendering. */
const route: { params: Record<string, string | undefined>; path: string } = { params: {}, path: '' }
export const setRoute = (params: Record<string, string | undefined>, path = '') => Object.assign(route, { params, path })
export const useRouter = () => route
