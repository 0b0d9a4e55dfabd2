import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Figure, Section } from '../../../../types/report'
import { Card } from '../../../components/card'
import { colors } from '../../../lib/theme'

/** Pages of the tab bar open with switchTab; every other list with navigateTo. */
const TAB_PAGES = new Set(['/pages/index/index', '/pages/activities/index', '/pages/suggestions/index', '/pages/mine/index'])

/** Says what a figure counts, and opens that list when the app has one. */
async function explain(f: Figure) {
  const page = f.page
  const content = `统计的是：${f.source}。${f.note ? `${f.note}。` : ''}`
  const { confirm } = await Taro.showModal({
    title: `${f.label} ${f.value} ${f.unit}`,
    content,
    confirmText: page ? '去查看' : '知道了',
    showCancel: Boolean(page),
    cancelText: '关闭',
    confirmColor: colors.red,
    cancelColor: colors.muted
  })
  if (!confirm || !page) return
  if (TAB_PAGES.has(page)) await Taro.switchTab({ url: page })
  else await Taro.navigateTo({ url: page })
}

export interface SectionCardProps {
  section: Section
}

/** One part of the 工作总结: each figure a row; a tap says what it counts. */
export function SectionCard({ section }: SectionCardProps) {
  return (
    <Card title={section.title}>
      {section.figures.map((f) => (
        <View key={f.key} className='report__figure' onClick={() => void explain(f)}>
          <Text className='report__label'>{f.label}</Text>
          <Text className='report__value'>{f.value}</Text>
          <Text className='report__unit'>{f.unit}</Text>
          <Text className='report__more'>›</Text>
        </View>
      ))}
    </Card>
  )
}
