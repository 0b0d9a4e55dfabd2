import { Button, Input, Text, View } from '@tarojs/components'
import { ChipGroup } from '../../../components/chip-group'
import type { GroupDraft } from './draft'

export interface RaterGroupsProps {
  groups: GroupDraft[]
  othersWeight: string
  onChange: (groups: GroupDraft[]) => void
  onOthers: (weight: string) => void
}

const BY: { value: GroupDraft['by']; label: string }[] = [
  { value: 'tags', label: '按身份标签' },
  { value: 'units', label: '按部门' }
]
const PLACEHOLDER: Record<GroupDraft['by'], string> = { tags: '标签，如：教代会代表', units: '部门，用顿号分隔：语文组、数学组' }

/** 评议组: who rates with what weight, e.g. a 代表's ballot counting as 2; everyone else counts as 1. */
export function RaterGroups({ groups, othersWeight, onChange, onOthers }: RaterGroupsProps) {
  const set = (k: number, g: Partial<GroupDraft>) => onChange(groups.map((x, i) => (i === k ? { ...x, ...g } : x)))
  return (
    <View className='rater-groups'>
      {groups.map((g, k) => (
        <View key={k} className='rater-groups__group'>
          <View className='rater-groups__head'>
            <Text className='rater-groups__name'>第 {k + 1} 组</Text>
            <Button className='btn btn--ghost btn--small' onClick={() => onChange(groups.filter((_, i) => i !== k))}>
              删除
            </Button>
          </View>
          <ChipGroup options={BY} value={[g.by]} onChange={([by]) => set(k, { by })} />
          <Input className='input rater-groups__names' placeholder={PLACEHOLDER[g.by]} value={g.names} onInput={(e) => set(k, { names: e.detail.value })} />
          <View className='rater-groups__weight'>
            <Text>每票按</Text>
            <Input className='input rater-groups__num' type='digit' value={g.weight} onInput={(e) => set(k, { weight: e.detail.value })} />
            <Text>票计</Text>
          </View>
        </View>
      ))}
      <Button className='btn btn--ghost' onClick={() => onChange([...groups, { by: 'tags', names: groups.length ? '' : '教代会代表', weight: '2' }])}>
        添加评议组
      </Button>
      {groups.length > 0 && (
        <View className='rater-groups__weight'>
          <Text>其余教职工每票按</Text>
          <Input className='input rater-groups__num' type='digit' placeholder='1' value={othersWeight} onInput={(e) => onOthers(e.detail.value)} />
          <Text>票计</Text>
        </View>
      )}
    </View>
  )
}
