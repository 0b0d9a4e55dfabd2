import { Text, View } from '@tarojs/components'
import type { LinkedCompetition } from '../../../types/activity'
import './index.scss'

export interface EventChoiceProps {
  competition: LinkedCompetition
  /** the chosen events' ids */
  value: string[]
  onChange: (ids: string[]) => void
}

/**
 * 参赛项目: the linked competition's events as chips. What the server says is closed to the member
 * cannot be chosen, and says why; once the person limit of individual events is chosen the other
 * individual ones wait (the server holds the limit too; this only spares a refused tap).
 */
export function EventChoice({ competition: c, value, onChange }: EventChoiceProps) {
  const individual = value.filter((id) => c.events.find((e) => e.id === id && !e.team)).length
  const atLimit = individual >= c.individualLeft
  const tap = (id: string, allowed: boolean) => {
    if (value.includes(id)) onChange(value.filter((x) => x !== id))
    else if (allowed) onChange([...value, id])
  }
  const closed = c.events.filter((e) => !e.open)
  return (
    <View className='event-choice'>
      <View className='event-choice__chips'>
        {c.events.map((e) => {
          const on = value.includes(e.id)
          const allowed = e.open && (e.team || !atLimit)
          return (
            <Text key={e.id} className={`chip event-choice__chip${on ? ' chip--on' : ''}${!on && !allowed ? ' event-choice__chip--off' : ''}`} onClick={() => tap(e.id, allowed)}>
              {e.name}
              {e.team ? '（团体）' : ''}
            </Text>
          )
        })}
      </View>
      <Text className='hint event-choice__rules'>
        {c.rules}
        {atLimit ? (c.individualLeft < c.personLimit ? `。你已报 ${c.personLimit - c.individualLeft} 个，还可选 ${c.individualLeft} 个，已选满` : `。已选满 ${c.personLimit} 个个人项目`) : ''}
      </Text>
      {closed.map((e) => (
        // the server's reason names the event already
        <Text key={e.id} className='hint event-choice__why'>
          {e.why}
        </Text>
      ))}
    </View>
  )
}
