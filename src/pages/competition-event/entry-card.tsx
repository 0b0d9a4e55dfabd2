import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EntryStatus, MyEntryOutput } from '../../../types/competition'
import { Card } from '../../components/card'
import { confirm } from '../../components/confirm'
import { Tag, type TagTone } from '../../components/tag'
import { useMutation } from '../../hooks/use-action'
import { shortWhen } from '../../lib/beijing'
import { eventLabel } from '../../lib/competition-text'

export interface EntryCardProps {
  mine: MyEntryOutput
  /** after a request is sent, to show what the server now says */
  onChange: () => void
}

const STATUS: Record<EntryStatus, { label: string; tone: TagTone }> = {
  pending: { label: '待审核', tone: 'info' },
  approved: { label: '已通过', tone: 'ok' },
  declined: { label: '未通过', tone: 'warn' },
  withdrawn: { label: '已撤回', tone: 'info' }
}

/** 我要报名: the member's own entry in an event, its state and why, from myEntry. */
export function EntryCard({ mine, onChange }: EntryCardProps) {
  const selfEnter = useMutation('competition', 'selfEnter')
  const cancel = useMutation('competition', 'cancelRequest')
  const { event, entry } = mine

  const ask = async () => {
    if (!(await confirm({ title: `报名${eventLabel(event)}？`, content: '提交后由本部门委员审核，通过后计入名额。', confirmText: '报名' }))) return
    const res = await selfEnter.run({ eventId: event.id })
    Taro.showToast({ title: res.ok ? '已提交，等待委员审核' : res.error.message, icon: 'none' })
    onChange()
  }

  const takeBack = async () => {
    if (!(await confirm({ title: `撤回${eventLabel(event)}的报名？`, content: '撤回后委员不再审核这条报名，之后仍可重新报名。', confirmText: '撤回' }))) return
    const res = await cancel.run({ eventId: event.id })
    Taro.showToast({ title: res.ok ? '已撤回报名' : res.error.message, icon: 'none' })
    onChange()
  }

  return (
    <Card className='comp-event__entry' title={`${eventLabel(event)} · 我的报名`} extra={entry && <Tag tone={STATUS[entry.status].tone}>{STATUS[entry.status].label}</Tag>}>
      {entry?.status === 'declined' && <Text className='comp-event__state'>{entry.decidedBy ?? '委员'}退回了你的报名</Text>}
      {entry?.status === 'pending' && <Text className='comp-event__state'>{shortWhen(entry.requestedAt)} 已提交</Text>}
      <Text className='hint comp-event__why'>{mine.why}</Text>
      {entry?.status === 'pending' && (
        <View className='comp-event__ask'>
          <Button className='btn btn--ghost' disabled={cancel.running} onClick={takeBack}>
            {cancel.running ? '撤回中…' : '撤回报名'}
          </Button>
        </View>
      )}
      {!entry && mine.canEnter && (
        <View className='comp-event__ask'>
          <Button className='btn' disabled={selfEnter.running} onClick={ask}>
            {selfEnter.running ? '提交中…' : '我要报名'}
          </Button>
        </View>
      )}
    </Card>
  )
}
