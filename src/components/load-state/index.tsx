import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { AppErrorBody } from '../../../types/common'
import { isNotBound } from '../../lib/bind-route'
import { BindPrompt } from '../bind-prompt'
import './index.scss'

/** What a loading hook answers (useAction, useMe): LoadState reads these four. */
export interface Loadable<T> {
  data: T | undefined
  error?: AppErrorBody
  loading: boolean
  reload: () => unknown
}

export interface LoadStateProps<T> {
  /** A useAction or useMe result: loading until its first data, its error with 重试 (or 去绑定). */
  state?: Loadable<T>
  /** Without state: nothing to show yet (pass `loading && !data` so a reload keeps the old data on screen). */
  loading?: boolean
  error?: AppErrorBody
  /** Shown on the error with a 重试 button; defaults to state.reload. */
  onRetry?: () => void
  /** Rendered once loaded without error; a function gets state's data, never undefined. */
  children?: ReactNode | ((data: T) => ReactNode)
}

/**
 * The three states of a page that loads: loading, failed (with the server's message, which
 * already says what to do), loaded. A phone bound to no member gets 去绑定 instead of 重试: retrying
 * would fail the same way.
 */
export function LoadState<T>({ state, loading, error, onRetry, children }: LoadStateProps<T>) {
  const failed = state ? state.error : error
  const retry = onRetry ?? (state ? () => void state.reload() : undefined)
  if (isNotBound(failed)) return <BindPrompt />
  if (failed) {
    return (
      <View className='load-state load-state--error'>
        <Text className='load-state__message'>{failed.message}</Text>
        {retry && (
          <Button className='btn btn--small btn--ghost load-state__retry' onClick={retry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (state ? state.loading && state.data === undefined : loading) return <View className='load-state'>加载中…</View>
  if (typeof children !== 'function') return <>{children}</>
  return state?.data === undefined ? null : <>{children(state.data)}</>
}
