import { Text, View } from '@tarojs/components'
import type { CareAudience } from '../../../../types/care'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { audienceText } from '../../../lib/care-text'

type Scope = 'all' | 'units'
type Retired = 'any' | 'only' | 'none'

export interface AudienceDraft {
  scope: Scope
  units: string[]
  tags: string[]
  retired: Retired
}

export const EMPTY_AUDIENCE: AudienceDraft = { scope: 'all', units: [], tags: [], retired: 'any' }

/** What the draft asks the server for; undefined is everyone active. */
export function audienceOf(d: AudienceDraft): CareAudience | undefined {
  const a: CareAudience = {}
  if (d.scope === 'units' && d.units.length) a.units = d.units
  if (d.tags.length) a.tags = d.tags
  if (d.retired !== 'any') a.retired = d.retired === 'only'
  return Object.keys(a).length ? a : undefined
}

export interface AudiencePickerProps {
  /** the roster's units and visible tags, from the server (care.distributions) */
  choices: { units: string[]; tags: string[] }
  value: AudienceDraft
  onChange: (value: AudienceDraft) => void
}

/** Who a 福利发放 goes to: all or some units, narrowed by tags, retirees in or out; members who left are never on it. */
export function AudiencePicker({ choices, value, onChange }: AudiencePickerProps) {
  const set = <K extends keyof AudienceDraft>(k: K, v: AudienceDraft[K]) => onChange({ ...value, [k]: v })
  return (
    <View className='care-distribution__audience'>
      <Field label='发给哪些部门'>
        <ChipGroup
          options={[
            { value: 'all' as Scope, label: '全部部门' },
            { value: 'units' as Scope, label: '选择部门' }
          ]}
          value={[value.scope]}
          onChange={([s]) => set('scope', s)}
        />
        {value.scope === 'units' && (
          <ChipGroup className='care-distribution__sub' options={choices.units.map((u) => ({ value: u, label: u }))} value={value.units} multiple onChange={(v) => set('units', v)} />
        )}
      </Field>
      {choices.tags.length > 0 && (
        <Field label='只发给带这些标签的会员' hint='不选就不按标签限制'>
          <ChipGroup options={choices.tags.map((t) => ({ value: t, label: t }))} value={value.tags} multiple onChange={(v) => set('tags', v)} />
        </Field>
      )}
      <Field label='退休会员'>
        <ChipGroup
          options={[
            { value: 'any' as Retired, label: '在职和退休都发' },
            { value: 'only' as Retired, label: '只发退休' },
            { value: 'none' as Retired, label: '只发在职' }
          ]}
          value={[value.retired]}
          onChange={([r]) => set('retired', r)}
        />
      </Field>
      <Text className='hint care-distribution__scope'>{`发给：${audienceText(audienceOf(value))}。已离会的会员不在名单里。`}</Text>
    </View>
  )
}
