import { useShareAppMessage } from '@tarojs/taro'
import { shareCover, type ShareKind } from '../lib/share'

/**
 * Lets a member-facing page be forwarded into a WeChat chat (the page's index.config.ts also sets
 * enableShareAppMessage, which turns 转发 on). title says what it is, from what the page has loaded;
 * path opens this page with its id, and a phone that is not bound is sent through 绑定 and back.
 * Private pages never call this, so their 转发 stays off.
 */
export function useShare(kind: ShareKind, title: string, path: string): void {
  useShareAppMessage(() => ({ title, path, imageUrl: shareCover(kind) }))
}
