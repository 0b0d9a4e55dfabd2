import { Input, Text, View } from '@tarojs/components'
import { FIELD_TYPE_LABELS, NUMBER_DEFAULTS, type FieldType } from '../../../types/activity'
import type { FieldDraft } from '../../lib/activity-draft'
import { ChipGroup } from '../chip-group'
import { Field, SwitchField } from '../field'
import './index.scss'

export interface FieldEditorProps {
  field: FieldDraft
  onChange: (f: FieldDraft) => void
  onRemove: () => void
}

const TYPES = (Object.keys(FIELD_TYPE_LABELS) as FieldType[]).map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }))

/** One question of the sign-up form: its name, kind, choices or range, and whether it must be answered. */
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
      {f.type === 'number' && (
        <>
          <View className='field-editor__range'>
            <Field inline label='最小' className='field-editor__bound'>
              <Input className='input field-editor__min' type='digit' value={f.min} placeholder={String(NUMBER_DEFAULTS.min)} onInput={(e) => set('min', e.detail.value)} />
            </Field>
            <Field inline label='最大' className='field-editor__bound'>
              <Input className='input field-editor__max' type='digit' value={f.max} placeholder={String(NUMBER_DEFAULTS.max)} onInput={(e) => set('max', e.detail.value)} />
            </Field>
          </View>
          <SwitchField label='只收整数（人数、件数）' checked={f.integer} onChange={(v) => set('integer', v)} />
          <Text className='hint'>
            不填为 {NUMBER_DEFAULTS.min} 到 {NUMBER_DEFAULTS.max}；会员填错时会被告知范围
          </Text>
        </>
      )}
      <SwitchField label='必填' checked={f.required} onChange={(v) => set('required', v)} />
    </View>
  )
}
