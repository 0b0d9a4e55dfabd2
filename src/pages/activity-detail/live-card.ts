import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { callAction } from '../../services/cloud'

/**
 * Arms 转发 to send this activity as a live card (动态消息): the card in the group then shows places
 * taken / places in all, and the closed state, as the activity function updates it. WeChat reads
 * the card's kind from wx.updateShareMenu({ withShareTicket, isUpdatableMessage, activityId,
 * templateInfo }) set before the member taps 转发 (base library ≥ 2.4.0;
 * developers.weixin.qq.com/miniprogram/dev/api/share/wx.updateShareMenu.html), so it is set once
 * the page knows sign-up is open, with the activityId the server minted (activity.shareCard).
 * Title, path and cover stay the page's own (useShare). H5 has no share menu and no
 * updateShareMenu, so there it does nothing (and mints nothing). Refused (sign-up just closed) or
 * unreachable: the ordinary share is left as it is.
 */
export function useLiveCard(id: string, signupOpen: boolean): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp' || !id || !signupOpen) return
    let gone = false
    void callAction('activity', 'shareCard', { id }).then((r) => {
      if (gone || !r.ok) return
      // callbacks, not the promise: Taro passes updateShareMenu straight to wx (it is not among the APIs it promisifies)
      void Taro.updateShareMenu({ withShareTicket: true, isUpdatableMessage: true, activityId: r.data.activityId, templateInfo: r.data.templateInfo, fail: () => undefined })
    })
    return () => {
      gone = true
    }
  }, [id, signupOpen])
}
