import { Input, Text, View } from '@tarojs/components'
import { FIELD_TYPE_LABELS, type FieldType } from '../../../types/activity'
import type { FieldDraft } from '../../lib/activity-draft'
import { ChipGroup } from '../chip-group'
import { SwitchField } from '../field'
import './index.scss'

export interface FieldEditorProps {
  field: FieldDraft
  onChange: (f: FieldDraft) => void
  onRemove: () => void
}

const TYPES = (Object.keys(FIELD_TYPE_LABELS) as FieldType[]).map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }))

/** One question of the sign-up form: its name, kind, choices, and whether it must be answered. */
export function FieldEditor({ field: f, onChange, onRemove }: FieldEditorProps) {
  const set = <K extends keyof FieldDraft>(k: K, v: FieldDraft[K]) => onChange({ ...f, [k]: v })
  return (
    <View className='field-editor'>
      <View className='field-editor__row'>
        <Input className='input field-editor__label' value={f.label} maxlength={20} placeholder='例如：衣服尺码' onInput={(e) => set('label', e.detail.value)} />
        <Text className='link field-editor__remove' onClick={onRemove}>
          删除
        </Text>
      </View>
      <ChipGroup options={TYPES} value={[f.type]} onChange={([t]) => set('type', t)} />
      {(f.type === 'single' || f.type === 'multiple') && <Input className='input' value={f.options} placeholder='选项，用顿号分隔：S、M、L、XL' onInput={(e) => set('options', e.detail.value)} />}
      <SwitchField label='必填' checked={f.required} onChange={(v) => set('required', v)} />
    </View>
  )
}
