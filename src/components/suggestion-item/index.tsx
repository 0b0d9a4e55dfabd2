import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { BoardItem, TimelineStep } from '../../../types/suggestion'
import { dayLabel, monthLabel, STATUS_LABELS, statusTone } from '../../lib/suggestion-text'
import { Tag } from '../tag'
import './index.scss'

export interface SuggestionItemProps {
  item: BoardItem
  /** Marks the number as this phone's own (我的). */
  mine?: boolean
  /** Extra lines under the timeline: the 督导室's due date, a claim time. */
  footer?: ReactNode
  onClick?: () => void
  /** Makes 奖品待认领 a way to claim it (the board): 我中奖了，去认领. Without it the line only tells. */
  onClaim?: () => void
  /** Under a step of the timeline: the 督导室's 修改 / 撤回 for a step recorded today. */
  stepExtra?: (step: TimelineStep) => ReactNode
  /** This phone has 附议'd it (remembered on the phone only): 已附议 instead of the button. */
  seconded?: boolean
  /** Shows the 附议 button (the board); without it only the count is shown. */
  onSecond?: () => void
  /** A 附议 of this one is on its way: the button waits. */
  seconding?: boolean
}

/** One suggestion on the board: number, category, status, content, and its dated timeline. */
export function SuggestionItem({ item, mine, footer, onClick, onClaim, stepExtra, seconded, onSecond, seconding }: SuggestionItemProps) {
  const prized = Boolean(item.prize || item.lucky)
  return (
    <View className={`suggestion-item${onClick ? ' suggestion-item--link' : ''}`} onClick={onClick}>
      <View className='suggestion-item__head'>
        <Text className='suggestion-item__number'>{item.number}</Text>
        {mine && <Tag tone='brand'>我的</Tag>}
        <Tag>{item.category}</Tag>
        {item.prize && (
          <Tag tone='gold' className='suggestion-item__prize'>
            {item.prize}
          </Tag>
        )}
        {item.lucky && (
          <Tag tone='gold' className='suggestion-item__prize'>
            幸运奖
          </Tag>
        )}
        <Text className={`suggestion-item__status suggestion-item__status--${statusTone(item.status)}`}>{STATUS_LABELS[item.status]}</Text>
      </View>
      <Text className='suggestion-item__content'>{item.content}</Text>
      {item.redacted ? <Text className='suggestion-item__redacted'>已隐去人名 {item.redacted} 处</Text> : null}
      <View className='suggestion-item__timeline'>
        <View className='suggestion-item__step'>
          <Text className='suggestion-item__date'>{monthLabel(item.month)}</Text>
          <Text>收到建议</Text>
        </View>
        {item.redactions?.map((r, i) => (
          <View className='suggestion-item__step' key={`redaction-${i}`}>
            <Text className='suggestion-item__date'>{dayLabel(r.date)}</Text>
            <Text>
              {r.by} 公布前隐去人名 {r.count} 处
            </Text>
          </View>
        ))}
        {item.timeline.map((s, i) => (
          <View className='suggestion-item__step' key={s.id ?? i}>
            <Text className='suggestion-item__date'>{dayLabel(s.date)}</Text>
            <Text>
              {STATUS_LABELS[s.status]}
              {s.department ? ` · ${s.department}` : ''}
              {s.dueDate ? `（${dayLabel(s.dueDate)}前${s.status === 'adopted' ? '落实' : '答复'}）` : ''}
            </Text>
            {s.note && <Text className='suggestion-item__note'>{s.note}</Text>}
            {stepExtra?.(s)}
          </View>
        ))}
      </View>
      {prized && (item.claimed || !onClaim) && <Text className='suggestion-item__claim'>{item.claimed ? '奖品已认领' : '奖品待认领'}</Text>}
      {prized && !item.claimed && onClaim && (
        <Text className='link suggestion-item__claim suggestion-item__claim--link' onClick={onClaim}>
          奖品待认领 · 我中奖了，去认领 ›
        </Text>
      )}
      {item.seconds !== undefined && (
        <View className='suggestion-item__second'>
          <Text className='suggestion-item__seconds'>附议 {item.seconds}</Text>
          {seconded ? (
            <Tag tone='brand'>已附议</Tag>
          ) : (
            onSecond && (
              <Button className='btn btn--small btn--ghost suggestion-item__second-btn' loading={seconding} disabled={seconding} onClick={onSecond}>
                附议
              </Button>
            )
          )}
        </View>
      )}
      {footer}
    </View>
  )
}
