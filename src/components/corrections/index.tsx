import { Text, View } from '@tarojs/components'
import './index.scss'
import type { Correction } from '../../../types/competition'
import { shortWhen } from '../../lib/beijing'
import { Card } from '../card'

// the phone's own zone would put a correction made at 08:00 in Beijing at 16:00 the day before
const when = shortWhen

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
