import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { chaseText, type Chased } from '../../../lib/chase-text'

const SHOWN = 8

/** Names by unit, to paste into the staff group as a reminder (领票 happens on opening the page). */
function copy(people: Chased[]): void {
  void Taro.setClipboardData({ data: chaseText('请以下老师打开工会助手参加投票：', people, '') }).then(
    () => Taro.showToast({ title: '已复制，可粘贴到教工群', icon: 'none' }),
    () => Taro.showToast({ title: '没能复制，请再试一次', icon: 'none' })
  )
}

/** The chair's view: how many have voted (a count), who has not yet taken a ballot (to remind), and 结束投票. */
export function Turnout({ id, open, onClosed }: { id: string; open: boolean; onClosed: () => void }) {
  const t = useAction('ballot', 'turnout', { id }, [id])
  const close = useMutation('ballot', 'close')
  const exporter = useExport('ballot', 'exportNotTaken')
  const end = async () => {
    if (!(await confirm({ title: '结束投票？', content: '结束后不能再投票，结果会向全体投票人公布。', confirmText: '结束投票' }))) return
    const r = await close.run({ id })
    if (!r.ok) return void Taro.showToast({ title: r.error.message, icon: 'none' })
    onClosed()
  }
  const d = t.data
  const notTaken = d?.notTaken ?? []
  return (
    <Card title='投票进度（仅主席可见）'>
      {d && (
        <View className='turnout'>
          <Text className='turnout__line'>
            应投 {d.eligible} 人，已领票 {d.taken ?? 0} 人，已投 {d.voted} 票
          </Text>
          {notTaken.length > 0 && (
            <Text className='hint turnout__names'>
              尚未领票 {notTaken.length} 人：
              {notTaken
                .slice(0, SHOWN)
                .map((m) => m.name)
                .join('、')}
              {notTaken.length > SHOWN ? ' 等' : ''}
            </Text>
          )}
          <Text className='hint turnout__note'>只能看到人数和谁还没领票，看不到任何人投了什么。</Text>
        </View>
      )}
      <View className='turnout__actions'>
        {notTaken.length > 0 && (
          <Button className='btn btn--ghost' onClick={() => copy(notTaken)}>
            复制未领票名单（按部门）
          </Button>
        )}
        {notTaken.length > 0 && (
          <Button className='btn btn--ghost' disabled={exporter.running} onClick={() => void exporter.run({ id })}>
            {exporter.running ? '正在导出…' : '导出未领票名单（Excel）'}
          </Button>
        )}
        <Button className='btn btn--ghost' onClick={() => void t.reload()}>
          刷新进度
        </Button>
        {open && (
          <Button className='btn' disabled={close.running} onClick={end}>
            {close.running ? '正在结束…' : '结束投票并公布结果'}
          </Button>
        )}
      </View>
    </Card>
  )
}

/**
 * Everyone else in the electorate (and officers): the count as it was when the page opened, the same
 * two figures the chair sees first. A ballot cast here since is added on the phone: asking the server
 * again (an identified call) just after the anonymous cast would pair this member with that ballot in
 * the logs (docs/anonymity.md).
 */
export function TurnoutLine({ id, voted }: { id: string; voted: boolean }) {
  const t = useAction('ballot', 'turnout', { id }, [id])
  const [votedWhenAsked] = useState(voted)
  if (!t.data) return null
  const mine = voted && !votedWhenAsked ? 1 : 0
  return <Text className='hint vote__turnout'>{`投票进度：已投 ${t.data.voted + mine} 票，应投 ${t.data.eligible} 人`}</Text>
}
