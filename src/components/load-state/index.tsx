import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { AppErrorBody } from '../../../types/common'
import './index.scss'

export interface LoadStateProps {
  /** Nothing to show yet; pass `loading && !data` so a reload keeps the old data on screen. */
  loading: boolean
  error?: AppErrorBody
  /** Shown on the error with a 重试 button. */
  onRetry?: () => void
  /** Rendered once loaded without error. */
  children?: ReactNode
}

/**
 * The three states of a page that loads: loading, failed (with the server's message, which
 * already says what to do), loaded.
 */
export function LoadState({ loading, error, onRetry, children }: LoadStateProps) {
  if (error) {
    return (
      <View className='load-state load-state--error'>
        <Text className='load-state__message'>{error.message}</Text>
        {onRetry && (
          <Button className='btn btn--small btn--ghost load-state__retry' onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (loading) return <View className='load-state'>加载中…</View>
  return <>{children}</>
}
