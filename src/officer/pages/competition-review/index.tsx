import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { eventLabel, STATUS_LABEL } from '../../../lib/competition-text'
import { openExport } from '../../../lib/open-export'
import { EventReview } from './event-review'
import './index.scss'

/** 审核公布 (chair): each event's recorded results and corrections, published one event at a time. */
export default function CompetitionReview() {
  const id = useRouter().params.id ?? ''
  const got = useAction('competition', 'get', { competitionId: id }, [id])
  const me = useAction('member', 'me')
  useReloadOnShow(got.reload)
  const [eventId, setEventId] = useState<string>()
  const exporter = useMutation('competition', 'export')
  const events = got.data?.events ?? []

  const download = async () => {
    const res = await exporter.run({ competitionId: id })
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    await openExport(res.data)
  }

  return (
    <View className='page comp-review'>
      <LoadState loading={got.loading && !got.data} error={got.error} onRetry={got.reload}>
        <Card title={got.data?.competition.title} extra={`待审核 ${events.filter((e) => e.status === 'pending').length} 项`}>
          {events.map((e) => (
            <ListItem
              key={e.id}
              className={e.id === eventId ? 'comp-review__on' : undefined}
              title={eventLabel(e)}
              extra={<Text className={`comp-review__status comp-review__status--${e.status}`}>{STATUS_LABEL[e.status]}</Text>}
              onClick={() => setEventId(e.id)}
            />
          ))}
        </Card>
        {eventId ? (
          <EventReview key={eventId} eventId={eventId} chair={me.data?.role === 'chair'} onPublished={got.reload} />
        ) : (
          <Text className='hint comp-review__tip'>点选项目查看录入的成绩和修改记录</Text>
        )}
        <Button className='btn btn--ghost comp-review__export' disabled={exporter.running} onClick={download}>
          {exporter.running ? '正在生成…' : '导出获奖名单（Excel）'}
        </Button>
      </LoadState>
    </View>
  )
}
