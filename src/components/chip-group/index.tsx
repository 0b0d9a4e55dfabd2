import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ChipGroupProps<T extends string> {
  options: { value: T; label: string }[]
  /** The chosen values; one value for a single choice. */
  value: T[]
  onChange: (value: T[]) => void
  /** Several may be chosen at once. */
  multiple?: boolean
  className?: string
}

/** A row of tappable pills: category filters, a notice's category, audience units. */
export function ChipGroup<T extends string>({ options, value, onChange, multiple, className }: ChipGroupProps<T>) {
  const tap = (v: T) => {
    if (!multiple) return onChange([v])
    onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])
  }
  return (
    <View className={['chip-group', className].filter(Boolean).join(' ')}>
      {options.map((o) => (
        <Text key={o.value} className={`chip${value.includes(o.value) ? ' chip--on' : ''}`} onClick={() => tap(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
