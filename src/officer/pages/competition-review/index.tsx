import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { EventStatus } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { Tag, type TagTone } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { useMe } from '../../../hooks/use-me'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { eventLabel, STATUS_LABEL } from '../../../lib/competition-text'
import { BonusCard } from './bonus-card'
import { ParticipationCard } from './participation-card'
import { EventReview } from './event-review'
import './index.scss'

const STATUS_TONE: Record<EventStatus, TagTone> = { empty: 'neutral', pending: 'brand', published: 'ok' }

/** 审核公布 (chair): each event's recorded results and corrections, published one event at a time; the unit table with 奖励分. */
export default function CompetitionReview() {
  const id = useRouter().params.id ?? ''
  const got = useAction('competition', 'get', { competitionId: id }, [id])
  const me = useMe()
  useReloadOnShow(got.reload)
  const [eventId, setEventId] = useState<string>()
  const exporter = useExport('competition', 'export')
  const events = got.data?.events ?? []

  return (
    <View className='page comp-review'>
      <LoadState state={got}>
        <Card title={got.data?.competition.title} extra={`待审核 ${events.filter((e) => e.status === 'pending').length} 项`}>
          {events.map((e) => (
            <ListItem
              key={e.id}
              className={e.id === eventId ? 'comp-review__on' : undefined}
              title={eventLabel(e)}
              extra={<Tag tone={STATUS_TONE[e.status]}>{STATUS_LABEL[e.status]}</Tag>}
              onClick={() => setEventId(e.id)}
            />
          ))}
        </Card>
        {eventId ? (
          <EventReview key={eventId} eventId={eventId} chair={me.data?.role === 'chair'} onPublished={got.reload} />
        ) : (
          <Text className='hint comp-review__tip'>点选项目查看录入的成绩和修改记录</Text>
        )}
        {got.data && (
          // remounted when 参与分 changes, so the table reads the new figures
          <BonusCard key={String(got.data.competition.participation?.perCheckin ?? 'off')} competitionId={id} units={got.data.competition.units} chair={me.data?.role === 'chair'} />
        )}
        {got.data && me.data?.role === 'chair' && <ParticipationCard competition={got.data.competition} onChanged={() => void got.reload()} />}
        <Button className='btn btn--ghost comp-review__export' disabled={exporter.running} onClick={() => exporter.run({ competitionId: id })}>
          {exporter.running ? '正在生成…' : '导出获奖名单（Excel）'}
        </Button>
      </LoadState>
    </View>
  )
}
