import { Text } from '@tarojs/components'
import type { CompEvent } from '../../../types/competition'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { DrawnImage } from '../../components/poster'
import { StandingsList } from '../../components/standings-list'
import { useAction, useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { eventLabel, KIND_LABEL, pointsText } from '../../lib/competition-text'

/** A published event's places, points and prizes; tied entrants share a place. */
export function StandingsCard({ event }: { event: CompEvent }) {
  const got = useAction('competition', 'standings', { eventId: event.id, view: 'published' }, [event.id])
  usePullToReload(got.reload)
  const me = useMe().data?.member
  const certificate = useMutation('competition', 'certificate')
  // 奖状 for a prize of the member's own (by member id, or by name and unit when entered by name; a team's by unit): the server checks again
  const won = me && got.data?.items.some((s) => s.prize && (event.team ? s.unit === me.unit : s.memberId ? s.memberId === me.id : s.name === me.name && s.unit === me.unit))
  return (
    <LoadState state={got}>
      <Card title={eventLabel(event)} extra={`${KIND_LABEL[event.kind]}${event.team ? ' · 团体' : ''}`}>
        {got.data?.items.length === 0 ? <EmptyState icon='赛' title='暂无成绩' /> : <StandingsList items={got.data?.items ?? []} team={event.team} />}
      </Card>
      {won && <DrawnImage label='保存奖状' busyLabel='正在生成奖状…' make={() => certificate.run({ eventId: event.id })} />}
      <Text className='hint comp-event__rules'>
        名次得分 {event.points.map(pointsText).join('-')}；并列名次平分所占名次的得分，下一名次顺延。
        {event.kind === 'judged' ? `评委打分取平均${event.dropHighLow ? '（去掉一个最高分和一个最低分）' : ''}，保留两位小数。` : ''}
      </Text>
    </LoadState>
  )
}
