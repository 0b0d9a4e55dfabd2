import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ListItemProps {
  title: ReactNode
  /** A second, quieter line under the title. */
  note?: ReactNode
  /** Right side, before the arrow. */
  extra?: ReactNode
  /** Shows a › and a press effect; defaults to true when onClick is given. */
  arrow?: boolean
  onClick?: () => void
  className?: string
}

/** A full-width row, at least 48 CSS px tall, for menus and lists. */
export function ListItem({ title, note, extra, arrow, onClick, className }: ListItemProps) {
  const showArrow = arrow ?? Boolean(onClick)
  return (
    <View className={['list-item', className].filter(Boolean).join(' ')} hoverClass={onClick ? 'list-item--pressed' : 'none'} onClick={onClick}>
      <View className='list-item__body'>
        <Text className='list-item__title'>{title}</Text>
        {note && <Text className='list-item__note'>{note}</Text>}
      </View>
      {extra !== undefined && <View className='list-item__extra'>{extra}</View>}
      {showArrow && <Text className='list-item__arrow'>›</Text>}
    </View>
  )
}
