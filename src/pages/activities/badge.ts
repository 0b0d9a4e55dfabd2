import Taro, { useDidShow } from '@tarojs/taro'
import { callAction } from '../../services/cloud'

/** 活动's place in app.config's tabBar.list. */
const ACTIVITIES_TAB = 1

/** The 活动 tab's badge: how many open activities the member has not seen yet (the server counts). */
export function showActivitiesBadge(unseen: number): void {
  const done = unseen > 0 ? Taro.setTabBarBadge({ index: ACTIVITIES_TAB, text: unseen > 99 ? '99+' : String(unseen) }) : Taro.removeTabBarBadge({ index: ACTIVITIES_TAB })
  // refused off a tab page (a detail opened from a shared link): nothing there to badge
  void Promise.resolve(done).catch(() => undefined)
}

/** For a tab page other than 活动: each time it shows, asks the server what is new and badges 活动. */
export function useActivitiesBadge(): void {
  useDidShow(() => {
    void callAction('activity', 'list').then((res) => res.ok && showActivitiesBadge(res.data.unseen))
  })
}
