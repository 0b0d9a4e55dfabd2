import type { ReactNode } from 'react'
import { Switch, Text, View } from '@tarojs/components'
import { colors } from '../../lib/theme'
import './index.scss'

export interface FieldProps {
  label: ReactNode
  /** Adds * after the label; the server still decides what is missing. */
  required?: boolean
  /** A quieter line under the control: what to type, what it is for. */
  hint?: ReactNode
  /** Label on the left, control on the right: a switch, a short number, a date. */
  inline?: boolean
  className?: string
  children?: ReactNode
}

/** One labelled control of a form: the label above it (or beside it, inline), a hint below. */
export function Field({ label, required, hint, inline, className, children }: FieldProps) {
  return (
    <View className={['field', inline && 'field--inline', className].filter(Boolean).join(' ')}>
      <Text className='field__label'>
        {label}
        {required ? ' *' : ''}
      </Text>
      <View className='field__control'>{children}</View>
      {hint && <Text className='hint field__hint'>{hint}</Text>}
    </View>
  )
}

export interface SwitchFieldProps {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  className?: string
}

/** A yes/no setting: its label, and a switch in the theme's red. */
export function SwitchField({ label, checked, onChange, disabled, className }: SwitchFieldProps) {
  return (
    <Field inline label={label} className={className}>
      <Switch checked={checked} color={colors.red} disabled={disabled} onChange={(e) => onChange(e.detail.value)} />
    </Field>
  )
}
