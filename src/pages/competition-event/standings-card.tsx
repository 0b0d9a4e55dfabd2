import { Text } from '@tarojs/components'
import type { CompEvent } from '../../../types/competition'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { StandingsList } from '../../components/standings-list'
import { useAction } from '../../hooks/use-action'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { eventLabel, KIND_LABEL, pointsText } from '../../lib/competition-text'

/** A published event's places, points and prizes; tied entrants share a place. */
export function StandingsCard({ event }: { event: CompEvent }) {
  const got = useAction('competition', 'standings', { eventId: event.id }, [event.id])
  usePullToReload(got.reload)
  return (
    <LoadState state={got}>
      <Card title={eventLabel(event)} extra={`${KIND_LABEL[event.kind]}${event.team ? ' · 团体' : ''}`}>
        {got.data?.items.length === 0 ? <EmptyState icon='赛' title='暂无成绩' /> : <StandingsList items={got.data?.items ?? []} team={event.team} />}
      </Card>
      <Text className='hint comp-event__rules'>
        名次得分 {event.points.map(pointsText).join('-')}；并列名次平分所占名次的得分，下一名次顺延。
        {event.kind === 'judged' ? `评委打分取平均${event.dropHighLow ? '（去掉一个最高分和一个最低分）' : ''}，保留两位小数。` : ''}
      </Text>
    </LoadState>
  )
}
