import Taro from '@tarojs/taro'
import { TAB_PAGES } from '../../../lib/bind-route'

/** Opens a tool's page: a tab page only by switchTab (which takes no query), any other by navigateTo. */
export function openTool(page: string): void {
  const path = page.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url: page })
}
