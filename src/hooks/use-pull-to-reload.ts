import Taro, { usePullDownRefresh } from '@tarojs/taro'

/**
 * Pull-down on the page (its config sets enablePullDownRefresh) reloads what it shows; the spinner
 * stops once every reload has answered, failed or not.
 */
export function usePullToReload(...reloads: (() => Promise<unknown>)[]): void {
  usePullDownRefresh(() => {
    const stop = () => Taro.stopPullDownRefresh()
    void Promise.all(reloads.map((r) => r())).then(stop, stop)
  })
}
