import { Text, View } from '@tarojs/components'
import './index.scss'
import type { Correction } from '../../../types/competition'
import { Card } from '../card'

const when = (iso: string) => {
  const d = new Date(iso)
  return `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** 修改记录: every recording and correction, newest first — who, when, old → new. */
export function Corrections({ items, onlyChanges }: { items: Correction[]; onlyChanges?: boolean }) {
  const shown = onlyChanges ? items.filter((c) => c.old) : items
  if (shown.length === 0) return null
  return (
    <Card title='修改记录' extra={`${shown.length} 条`}>
      {shown.map((c, i) => (
        <View key={`${c.resultId}-${c.at}-${i}`} className='corrections__row'>
          <Text className='corrections__who'>
            {c.name}（{c.unit}）
          </Text>
          <Text className='corrections__change'>{c.old ? `${c.old.display} → ${c.new.display}` : `录入 ${c.new.display}`}</Text>
          <Text className='hint'>
            {c.by} · {when(c.at)}
          </Text>
        </View>
      ))}
    </Card>
  )
}
