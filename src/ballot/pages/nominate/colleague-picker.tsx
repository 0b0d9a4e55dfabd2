import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { Nominee } from '../../../../types/ballot'
import { ChipGroup } from '../../../components/chip-group'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'

export interface ColleaguePickerProps {
  onPick: (n: Nominee) => void
}

const ALL = '__all'

/** Find a colleague by name, or browse a unit: the server answers name and unit only. */
export function ColleaguePicker({ onPick }: ColleaguePickerProps) {
  const [q, setQ] = useState('')
  const [unit, setUnit] = useState(ALL)
  const found = useAction('ballot', 'nominees', { q: q.trim() || undefined, unit: unit === ALL ? undefined : unit }, [q, unit])
  const units = [{ value: ALL, label: '全部部门' }, ...(found.data?.units ?? []).map((u) => ({ value: u, label: u }))]
  // the whole roster is a long scroll on a phone: list colleagues once a name is typed or a unit chosen
  const searching = Boolean(q.trim()) || unit !== ALL
  const items = searching ? found.data?.items : undefined
  return (
    <View className='nominate__picker'>
      <Input className='input' placeholder='输入同事的姓名查找' value={q} onInput={(e) => setQ(e.detail.value)} />
      <ChipGroup className='nominate__units' options={units} value={[unit]} onChange={([u]) => setUnit(u)} />
      <LoadState state={found}>
        {items && !items.length && <Text className='hint'>没有找到这位同事，请换个字试试，或选择部门查看。</Text>}
        {items?.map((m) => (
          <ListItem key={m.id} title={m.name} note={m.unit} extra={<Text className='link'>推荐</Text>} onClick={() => onPick(m)} />
        ))}
        {!searching && <Text className='hint'>输入姓名，或点选部门查看同事。</Text>}
        {searching && found.data?.more && <Text className='hint'>只列出前 50 位，请输入姓名或选择部门缩小范围。</Text>}
      </LoadState>
    </View>
  )
}
