import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { Corrections } from '../../../components/corrections'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { StandingsList } from '../../../components/standings-list'
import { useAction, useMutation } from '../../../hooks/use-action'
import { eventLabel, STATUS_LABEL } from '../../../lib/competition-text'

interface Props {
  eventId: string
  chair: boolean
  onPublished: () => void
}

/** One event under review: its results as recorded, the 公布 button (chair) and the correction log. */
export function EventReview({ eventId, chair, onPublished }: Props) {
  const draft = useAction('competition', 'standings', { eventId, view: 'draft' }, [eventId])
  const history = useAction('competition', 'history', { eventId }, [eventId])
  const publish = useMutation('competition', 'publish')
  const event = draft.data?.event

  const confirmPublish = async () => {
    if (!event) return
    if (!(await confirm({ title: `公布${eventLabel(event)}的成绩？`, content: '公布后全体会员可以看到名次和得分，并计入团体总分。', confirmText: '公布' }))) return
    // the version the chair just reviewed: a result recorded meanwhile makes the server refuse
    const res = await publish.run({ eventId, version: event.version })
    Taro.showToast({ title: res.ok ? '已公布' : res.error.message, icon: 'none' })
    void Promise.all([draft.reload(), history.reload()])
    onPublished()
  }

  return (
    <LoadState state={draft}>
      {event && (
        <>
          <Card title={`${eventLabel(event)} · 录入的成绩`} extra={STATUS_LABEL[event.status]}>
            {draft.data?.items.length ? <StandingsList items={draft.data.items} team={event.team} /> : <EmptyState compact title='还没有成绩' />}
            {chair && event.status === 'pending' && (
              <Button className='btn comp-review__publish' disabled={publish.running} onClick={confirmPublish}>
                {publish.running ? '公布中…' : '审核无误，公布成绩'}
              </Button>
            )}
            {!chair && event.status === 'pending' && <Text className='hint'>等待主席审核公布</Text>}
          </Card>
          <Corrections items={history.data?.items ?? []} />
        </>
      )}
    </LoadState>
  )
}
