import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Occasion } from '../../../../types/greeting'
import { Card } from '../../../components/card'
import { inform } from '../../../components/confirm'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { AUDIENCE_LABEL } from '../../../lib/greeting-style'
import { colors } from '../../../lib/theme'
import './index.scss'

/** 祝福模板 (chair): every occasion's text, who it goes to, and its on/off switch. */
export default function GreetingTemplates() {
  const list = useAction('greeting', 'templates')
  const toggle = useMutation('greeting', 'setTemplate')
  // back from editing one: show its new text
  useReloadOnShow(list.reload)

  const setEnabled = async (occasion: Occasion, enabled: boolean) => {
    const res = await toggle.run({ occasion, enabled })
    // the switch itself shows success; only a refusal needs words
    if (!res.ok) void inform({ title: '没有保存', content: res.error.message })
    void list.reload()
  }

  return (
    <View className='page gtpl'>
      <Text className='hint gtpl__hint'>
        可用占位符：{'{name}'} 姓名，{'{occasion}'} 节日名，{'{years}'} 入会年数。关闭的节日不再发送。
      </Text>
      <LoadState state={list}>
        {(data) =>
          data.items.map((t) => (
            <Card key={t.occasion} className={`gtpl__item${t.enabled ? '' : ' gtpl__item--off'}`}>
              <View className='gtpl__head'>
                <View className='gtpl__name'>
                  <Text className='gtpl__label'>{t.label}</Text>
                  <Text className='gtpl__audience'>
                    {AUDIENCE_LABEL[t.audience]}
                    {t.custom ? ' · 已自定义' : ''}
                  </Text>
                </View>
                <Switch checked={t.enabled} color={colors.red} disabled={toggle.running} onChange={(e) => setEnabled(t.occasion, e.detail.value)} />
              </View>
              <View className='gtpl__text' hoverClass='gtpl__text--pressed' onClick={() => Taro.navigateTo({ url: `/officer/pages/greeting-template/index?occasion=${t.occasion}` })}>
                <Text>{t.text}</Text>
                <Text className='gtpl__edit'>编辑 ›</Text>
              </View>
            </Card>
          ))
        }
      </LoadState>
    </View>
  )
}
