import Taro from '@tarojs/taro'
import { colors } from '../../lib/theme'

export interface ConfirmOptions {
  title: string
  /** What will happen, in a sentence. */
  content?: string
  /** The verb of the action (撤回, 公布), at most 4 characters: the mini-program cuts longer ones. */
  confirmText?: string
  cancelText?: string
}

/** Asks before what can't be undone; answers true when the member taps the confirm button. */
export async function confirm({ title, content = '', confirmText = '确定', cancelText = '取消' }: ConfirmOptions): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, cancelText, confirmColor: colors.red, cancelColor: colors.muted })
  return res.confirm
}

/** Says something that needs reading before going on (a refusal, a result), with one 知道了 button. */
export async function inform({ title, content = '' }: Pick<ConfirmOptions, 'title' | 'content'>): Promise<void> {
  await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: colors.red })
}
