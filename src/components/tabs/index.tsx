import { View } from '@tarojs/components'
import './index.scss'

export interface TabsProps<T extends string> {
  options: { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
  className?: string
}

/** One row of views of the same list (全部 / 通知 / …, 未读 / 已读): one is on; a tap switches. */
export function Tabs<T extends string>({ options, value, onChange, className }: TabsProps<T>) {
  return (
    <View className={['tabs', className].filter(Boolean).join(' ')}>
      {options.map((o) => (
        <View key={o.value} className={`tabs__item${o.value === value ? ' tabs__item--on' : ''}`} onClick={() => o.value !== value && onChange(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  )
}
