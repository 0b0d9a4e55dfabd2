import type { CSSProperties, ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

export interface CardProps {
  title?: ReactNode
  /** Right side of the title row: a count, a link. */
  extra?: ReactNode
  className?: string
  style?: CSSProperties
  children?: ReactNode
}

/** A white rounded panel: the unit every page is built from. */
export function Card({ title, extra, className, style, children }: CardProps) {
  return (
    <View className={['card', className].filter(Boolean).join(' ')} style={style}>
      {(title || extra) && (
        <View className='card__head'>
          <Text className='card__title'>{title}</Text>
          {extra && <View className='card__extra'>{extra}</View>}
        </View>
      )}
      {children}
    </View>
  )
}
