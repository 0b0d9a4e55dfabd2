import { useState } from 'react'
import { Input, Picker, Text, View } from '@tarojs/components'
import type { LunarDate } from '../../../types/member'
import { ChipGroup } from '../../components/chip-group'
import { Field } from '../../components/field'
import { beijing } from '../../lib/beijing'
import { parseLunarText } from '../../lib/lunar-text'
import './birthday-field.scss'

const MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊']
const TENS = ['初', '十', '廿', '三']
const ONES = ['十', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 八月十五, 闰四月初八, 腊月三十: how a lunar birthday is written. */
export function lunarText(d: LunarDate): string {
  const day = d.day === 10 ? '初十' : d.day === 20 ? '二十' : d.day === 30 ? '三十' : `${TENS[Math.floor(d.day / 10)]}${ONES[d.day % 10]}`
  return `${d.leap ? '闰' : ''}${MONTHS[d.month - 1]}月${day}`
}

/** What a birthday edit sends: one kind is kept, the other cleared (greetings follow the lunar one when it is set). */
export interface BirthdayValue {
  birthday?: string | null
  lunarBirthday?: LunarDate | null
}

export interface BirthdayFieldProps {
  birthday?: string
  lunarBirthday?: LunarDate
  /** Called with the change, or with undefined while the lunar text cannot be read. */
  onChange: (value: BirthdayValue | undefined) => void
}

type Kind = 'solar' | 'lunar'
const KINDS = [
  { value: 'solar' as const, label: '按公历过' },
  { value: 'lunar' as const, label: '按农历过' }
]

/** 生日: solar by a date picker, or lunar typed the way people say it (八月十五, 8-15). */
export function BirthdayField({ birthday, lunarBirthday, onChange }: BirthdayFieldProps) {
  const [kind, setKind] = useState<Kind>(lunarBirthday ? 'lunar' : 'solar')
  const [date, setDate] = useState(birthday ?? '')
  const [lunar, setLunar] = useState(lunarBirthday ? lunarText(lunarBirthday) : '')
  const parsed = lunar.trim() ? parseLunarText(lunar) : undefined

  const pickKind = (k: Kind) => {
    setKind(k)
    if (k === 'solar') onChange(date ? { birthday: date, lunarBirthday: null } : {})
    else onChange(parsed ? { lunarBirthday: parsed } : undefined)
  }
  const pickDate = (d: string) => {
    setDate(d)
    onChange({ birthday: d, lunarBirthday: null })
  }
  const typeLunar = (t: string) => {
    setLunar(t)
    const p = t.trim() ? parseLunarText(t) : undefined
    onChange(p ? { lunarBirthday: p } : undefined)
  }

  return (
    <Field label='生日' hint={kind === 'lunar' ? '工会在农历这一天送上生日祝福' : '工会在这一天送上生日祝福'}>
      <ChipGroup options={KINDS} value={[kind]} onChange={([k]) => pickKind(k)} />
      {kind === 'solar' ? (
        <Picker mode='date' value={date || '1975-01-01'} start='1930-01-01' end={beijing(Date.now()).date} onChange={(e) => pickDate(String(e.detail.value))}>
          <View className='input birthday-field__pick'>{date || '选择出生日期'}</View>
        </Picker>
      ) : (
        <View>
          <Input className='input' value={lunar} placeholder='如 八月十五、闰四月初八、8-15' maxlength={12} onInput={(e) => typeLunar(e.detail.value)} />
          {lunar.trim() !== '' && <Text className={parsed ? 'hint' : 'error-text'}>{parsed ? `农历${lunarText(parsed)}` : '没看懂这个日期，请写成“八月十五”或“8-15”'}</Text>}
        </View>
      )}
    </Field>
  )
}
