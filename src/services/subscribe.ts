import Taro from '@tarojs/taro'
import type { Result } from '../../types/common'
import type { SubscribeOutput, TemplateKey } from '../../types/member'
import { callAction } from './cloud'

/**
 * Template ids are configuration: TARO_APP_TEMPLATE_<KEY> in .env (the same ids the functions
 * read as WX_TEMPLATE_<KEY>). Taro inlines only literal process.env reads of variables that .env
 * defines (there is no `process` at run time), hence the table and the .env line.
 */
const TEMPLATE_IDS: Partial<Record<TemplateKey, string>> = {
  notice: process.env.TARO_APP_TEMPLATE_NOTICE ?? '',
  activity: process.env.TARO_APP_TEMPLATE_ACTIVITY ?? '',
  greeting: process.env.TARO_APP_TEMPLATE_GREETING ?? ''
}

/**
 * Asks for one subscribe-message grant; call only from a tap (WeChat refuses otherwise). An
 * accepted ask is one message the union may send later, recorded with member.subscribe.
 * H5 has no WeChat dialog: the local preview records the tap as accepted.
 */
export async function askSubscribe(key: TemplateKey): Promise<Result<SubscribeOutput>> {
  let accepted = true
  if (process.env.TARO_ENV === 'weapp') {
    const id = TEMPLATE_IDS[key]
    if (!id) return { ok: false, error: { code: 'BAD_REQUEST', message: '消息模板还没有配置，请联系管理员' } }
    try {
      const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] } as never)) as unknown as Record<string, string>
      accepted = res[id] === 'accept'
    } catch {
      return { ok: false, error: { code: 'BAD_REQUEST', message: '没有打开订阅，请稍后再试' } }
    }
  }
  return callAction('member', 'subscribe', { templateKey: key, accepted })
}
