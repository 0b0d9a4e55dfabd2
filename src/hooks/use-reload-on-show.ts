import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Calls reload when the page comes back into view (after 绑定 or 切换身份 on another page), but
 * not on the first show: useAction already loads on mount.
 */
export function useReloadOnShow(reload: () => unknown): void {
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) {
      first.current = false
      return
    }
    void reload()
  })
}
