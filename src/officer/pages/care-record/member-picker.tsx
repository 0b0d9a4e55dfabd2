import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { ListItem } from '../../../components/list-item'
import { useAction } from '../../../hooks/use-action'

export interface PickedMember {
  memberId: string
  name: string
  unit: string
}

export interface MemberPickerProps {
  value?: PickedMember
  onChange: (m: PickedMember | undefined) => void
}

/** Type a name or unit, tap the member; the chosen one shows with 换一位. */
export function MemberPicker({ value, onChange }: MemberPickerProps) {
  const [q, setQ] = useState('')
  const found = useAction('care', 'members', { q: q.trim() }, [q])
  if (value)
    return (
      <View className='care-record__picked'>
        <Text className='care-record__picked-name'>{`${value.name}（${value.unit}）`}</Text>
        <Text className='link' onClick={() => onChange(undefined)}>
          换一位
        </Text>
      </View>
    )
  return (
    <View>
      <Input className='input' placeholder='输入姓名或部门查找' value={q} onInput={(e) => setQ(e.detail.value)} />
      {q.trim() !== '' && (found.data?.items ?? []).slice(0, 8).map((m) => <ListItem key={m.memberId} title={m.name} note={m.unit + (m.retired ? ' · 退休' : '')} arrow onClick={() => onChange(m)} />)}
      {q.trim() !== '' && found.data?.items.length === 0 && <Text className='hint'>没有找到这位会员</Text>}
    </View>
  )
}
