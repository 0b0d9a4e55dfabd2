import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Ballot, Choices } from '../../../../types/ballot'
import { ChipGroup } from '../../../components/chip-group'

export interface ChoiceFormProps {
  ballot: Ballot
  value: Choices
  onChange: (c: Choices) => void
}

/** The ballot paper: one choice for a motion, up to maxChoices for a poll or an election, a grade per criterion for a rating. */
export function ChoiceForm({ ballot: b, value, onChange }: ChoiceFormProps) {
  if (b.kind === 'rating') {
    const scale = (b.scale ?? []).map((label, i) => ({ value: String(i), label }))
    return (
      <View className='choice-form'>
        {(b.subjects ?? []).map((subject, s) => (
          <View key={subject} className='choice-form__subject'>
            <Text className='choice-form__name'>{subject}</Text>
            {(b.criteria ?? []).map((criterion, c) => {
              const g = value.grades?.[s]?.[c]
              return (
                <View key={criterion} className='choice-form__row'>
                  <Text className='choice-form__criterion'>{criterion}</Text>
                  <ChipGroup options={scale} value={g === undefined || g < 0 ? [] : [String(g)]} onChange={([v]) => onChange({ grades: setGrade(b, value.grades, s, c, Number(v)) })} />
                </View>
              )
            })}
          </View>
        ))}
      </View>
    )
  }
  const picks = value.picks ?? []
  const options = b.options.map((label, i) => ({ value: String(i), label }))
  const change = (vs: string[]) => {
    if (b.maxChoices > 1 && vs.length > b.maxChoices) return void Taro.showToast({ title: `最多选 ${b.maxChoices} 项`, icon: 'none' })
    onChange({ picks: vs.map(Number) })
  }
  return (
    <View className='choice-form'>
      {b.maxChoices > 1 && (
        <Text className='hint'>
          最多可选 {b.maxChoices} 项{b.seats ? `（应选 ${b.seats} 人）` : ''}，已选 {picks.length} 项
        </Text>
      )}
      <ChipGroup className='choice-form__options' options={options} value={picks.map(String)} multiple={b.maxChoices > 1} onChange={change} />
    </View>
  )
}

function setGrade(b: Ballot, grades: number[][] | undefined, s: number, c: number, g: number): number[][] {
  const rows = (b.subjects ?? []).map((_, i) => (b.criteria ?? []).map((__, j) => grades?.[i]?.[j] ?? -1))
  rows[s][c] = g
  return rows
}

/** Whether every mark the ballot needs is there (the server checks again). */
export function complete(b: Ballot, c: Choices): boolean {
  if (b.kind === 'rating') return !!c.grades && c.grades.every((row) => row.every((g) => g >= 0))
  return (c.picks ?? []).length > 0
}
