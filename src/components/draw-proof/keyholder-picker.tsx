import { Text } from '@tarojs/components'
import type { KeyholderCandidatesOutput } from '../../../types/suggestion-draw'
import { ChipGroup } from '../chip-group'
import { Field } from '../field'

export interface KeyholderPickerProps {
  /** keyholderCandidates' answer (suggestion's or activity's), undefined while loading */
  items: KeyholderCandidatesOutput['items'] | undefined
  value: string[]
  onChange: (ids: string[]) => void
  /** the page's class for the hint shown when nobody can be picked */
  hintClassName?: string
}

/** The chair picks the other keyholders (two at most) from the 督导员 and 经审委员, or is told how to have one. */
export function KeyholderPicker({ items, value, onChange, hintClassName }: KeyholderPickerProps) {
  if (items && !items.length) return <Text className={['hint', hintClassName].filter(Boolean).join(' ')}>还没有督导员或经审委员：请先在督导室任命督导员，或给会员加上「经审委员」标签。</Text>
  if (!items) return null
  return (
    <Field label='另一位保管人（可选两位）'>
      <ChipGroup multiple options={items.map((i) => ({ value: i.memberId, label: `${i.role} ${i.name}` }))} value={value} onChange={(v) => onChange(v.slice(-2))} />
    </Field>
  )
}
