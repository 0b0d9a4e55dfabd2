import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import './index.scss'

export interface EmptyStateProps {
  title: string
  description?: ReactNode
  /** One character drawn in the round badge, e.g. 通 for notices. */
  icon?: string
  actionText?: string
  onAction?: () => void
  /** One quiet line, no badge: an empty list inside a card that has more on it. */
  compact?: boolean
  className?: string
}

/** What a page says when there is nothing yet: what will appear here, and what to do. */
export function EmptyState({ title, description, icon = '空', actionText, onAction, compact, className }: EmptyStateProps) {
  return (
    <View className={['empty-state', compact && 'empty-state--compact', className].filter(Boolean).join(' ')}>
      {!compact && (
        <View className='empty-state__icon'>
          <Text>{icon}</Text>
        </View>
      )}
      <Text className='empty-state__title'>{title}</Text>
      {description && <Text className='empty-state__desc'>{description}</Text>}
      {actionText && onAction && (
        <Button className='btn btn--small empty-state__action' onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}
