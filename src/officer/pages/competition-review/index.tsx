import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ExportAwardsOutput, GetCompetitionOutput, PublishResultsOutput, ResultHistoryOutput, StandingsOutput } from '../../../../types/competition'
import type { MeOutput } from '../../../../types/member'
import { Card } from '../../../components/card'
import { Corrections } from '../../../components/corrections'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { StandingsList } from '../../../components/standings-list'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { eventLabel, STATUS_LABEL } from '../../../lib/competition-text'
import { openExport } from '../../../lib/open-export'
import './index.scss'

/** 审核公布 (chair): each event's recorded results and corrections, published one event at a time. */
export default function CompetitionReview() {
  const id = useRouter().params.id ?? ''
  const got = useAction<GetCompetitionOutput>('competition', 'get', { competitionId: id }, [id])
  const me = useAction<MeOutput>('member', 'me')
  useReloadOnShow(got.reload)
  const [eventId, setEventId] = useState<string>()
  const draft = useAction<StandingsOutput>('competition', 'standings', { eventId: eventId ?? '', view: 'draft' }, [eventId])
  const history = useAction<ResultHistoryOutput>('competition', 'history', { eventId: eventId ?? '' }, [eventId])
  const publish = useMutation<PublishResultsOutput>('competition', 'publish')
  const exporter = useMutation<ExportAwardsOutput>('competition', 'export')
  const chair = me.data?.role === 'chair'
  const events = got.data?.events ?? []
  const selected = eventId ? draft.data?.event : undefined

  const confirmPublish = async () => {
    if (!selected) return
    const { confirm } = await Taro.showModal({ title: `公布${eventLabel(selected)}的成绩？`, content: '公布后全体会员可以看到名次和得分，并计入团体总分。', confirmText: '公布', confirmColor: '#c8161d' })
    if (!confirm) return
    // the version the chair just reviewed: a result recorded meanwhile makes the server refuse
    const res = await publish.run({ eventId: selected.id, version: selected.version })
    Taro.showToast({ title: res.ok ? '已公布' : res.error.message, icon: 'none' })
    void Promise.all([got.reload(), draft.reload(), history.reload()])
  }
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
        {selected && (
          <>
            <Card title={`${eventLabel(selected)} · 录入的成绩`} extra={STATUS_LABEL[selected.status]}>
              <LoadState loading={draft.loading && !draft.data} error={draft.error} onRetry={draft.reload}>
                {draft.data?.items.length ? <StandingsList items={draft.data.items} team={selected.team} /> : <Text className='hint'>还没有成绩</Text>}
              </LoadState>
              {chair && selected.status === 'pending' && (
                <Button className='btn comp-review__publish' disabled={publish.running} onClick={confirmPublish}>
                  {publish.running ? '公布中…' : '审核无误，公布成绩'}
                </Button>
              )}
              {!chair && selected.status === 'pending' && <Text className='hint'>等待主席审核公布</Text>}
            </Card>
            <Corrections items={history.data?.items ?? []} />
          </>
        )}
        {!eventId && <Text className='hint comp-review__tip'>点选项目查看录入的成绩和修改记录</Text>}
        <Button className='btn btn--ghost comp-review__export' disabled={exporter.running} onClick={download}>
          {exporter.running ? '正在生成…' : '导出获奖名单（Excel）'}
        </Button>
      </LoadState>
    </View>
  )
}
