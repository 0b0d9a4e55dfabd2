import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import './index.scss'

/** What a tag says by its colour: neutral grey, brand red, ok green, gold (prizes), info blue, warn amber. */
export type TagTone = 'neutral' | 'brand' | 'ok' | 'gold' | 'info' | 'warn'

export interface TagProps {
  /** Defaults to neutral. */
  tone?: TagTone
  /** Filled with the tone's colour, white text: for what must stand out (置顶, 主席, 已验证). */
  solid?: boolean
  className?: string
  children?: ReactNode
}

/** A small label beside a title: a status, a category, a role. Not tappable. */
export function Tag({ tone = 'neutral', solid, className, children }: TagProps) {
  return <Text className={['tag', `tag--${tone}`, solid && 'tag--solid', className].filter(Boolean).join(' ')}>{children}</Text>
}
