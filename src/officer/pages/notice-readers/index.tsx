import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { inform } from '../../../components/confirm'
import { LoadState } from '../../../components/load-state'
import { Tabs } from '../../../components/tabs'
import type { RemindOutput } from '../../../../types/notice'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { groupBy } from '../../../lib/group-by'
import { beijingTime } from '../../../lib/notice-text'
import { reachLines, reachTitle, unreadText } from './reach-text'
import './index.scss'

type Tab = 'unread' | 'read'

/**
 * 阅读情况 (chair): who has read a notice and who has not, per unit. 提醒未读 pushes a reminder and
 * says whom it reached and whom not, and why; 复制未读名单 puts the names on the clipboard by unit.
 */
export default function NoticeReaders() {
  const id = useRouter().params.id ?? ''
  const [tab, setTab] = useState<Tab>('unread')
  const notice = useAction('notice', 'get', { id }, [id])
  const receipts = useAction('notice', 'readers', { id }, [id])
  const remind = useMutation('notice', 'remind')
  const exporter = useExport('notice', 'exportUnread')
  const r = receipts.data
  const read = r?.read.length ?? 0
  const total = read + (r?.unread.length ?? 0)
  const live = notice.data?.notice.status === 'published'

  const [reach, setReach] = useState<RemindOutput>()

  const sendReminder = async () => {
    const res = await remind.run({ id })
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    setReach(res.data)
    const lines = reachLines(res.data).filter((l) => l.label !== '已提醒')
    void inform({
      title: reachTitle(res.data),
      content: lines.length ? `${lines.map((l) => `${l.label} ${l.count} 人`).join('，')}。可复制未读名单发到教工群，或当面告知。` : '收到提醒的老师点开微信消息就能看到这条通知。'
    })
  }

  const copyUnread = () => {
    void Taro.setClipboardData({ data: unreadText(notice.data?.notice.title ?? '', r?.unread ?? []) }).then(
      () => Taro.showToast({ title: '已复制，可粘贴到教工群', icon: 'none' }),
      () => Taro.showToast({ title: '没能复制，请再试一次', icon: 'none' })
    )
  }

  const rows = tab === 'read' ? (r?.read ?? []) : (r?.unread ?? [])
  const counts = new Map((r?.units ?? []).map((u) => [u.unit, u]))

  return (
    <View className='page notice-readers'>
      <LoadState state={receipts}>
        <Card>
          <Text className='notice-readers__title'>{notice.data?.notice.title ?? ''}</Text>
          <View className='notice-readers__summary'>
            <Text className='notice-readers__big'>{read}</Text>
            <Text className='hint'> / {total} 人已读</Text>
          </View>
          <View className='notice-readers__bar'>
            <View className='notice-readers__fill' style={{ width: total ? `${(read / total) * 100}%` : '0' }} />
          </View>
          <View className='notice-readers__actions'>
            {live && (r?.unread.length ?? 0) > 0 && (
              <Button className='btn notice-readers__remind' disabled={remind.running} onClick={sendReminder}>
                {remind.running ? '正在提醒…' : `提醒未读（${r?.unread.length} 人）`}
              </Button>
            )}
            {(r?.unread.length ?? 0) > 0 && (
              <Button className='btn btn--ghost notice-readers__copy' onClick={copyUnread}>
                复制未读名单（按部门）
              </Button>
            )}
            {(r?.unread.length ?? 0) > 0 && (
              <Button className='btn btn--ghost notice-readers__copy' disabled={exporter.running} onClick={() => void exporter.run({ id })}>
                {exporter.running ? '正在导出…' : '导出未读名单（Excel）'}
              </Button>
            )}
          </View>
        </Card>
        {reach && (
          <Card title='提醒结果' className='notice-readers__reach'>
            <Text className='notice-readers__reach-title'>{reachTitle(reach)}</Text>
            {reachLines(reach).map((l) => (
              <View key={l.label} className='notice-readers__reach-line'>
                <Text className='notice-readers__reach-label'>
                  {l.label} {l.count} 人
                </Text>
                <Text className='notice-readers__reach-who'>{l.who}</Text>
              </View>
            ))}
            {reach.missed.some((m) => m.reason !== 'inactive') && <Text className='hint'>没法提醒的老师，请复制未读名单发到教工群，或当面告知。</Text>}
          </Card>
        )}
        <Tabs
          options={[
            { value: 'unread' as Tab, label: `未读 ${r?.unread.length ?? 0}` },
            { value: 'read' as Tab, label: `已读 ${read}` }
          ]}
          value={tab}
          onChange={setTab}
        />
        {rows.length === 0 && (
          <Card>
            <EmptyState icon={tab === 'read' ? '读' : '齐'} title={tab === 'read' ? '还没有人读' : '全部已读'} />
          </Card>
        )}
        {groupBy<(typeof rows)[number]>(rows, (m) => m.unit).map((g) => (
          <Card key={g.key} title={g.key} extra={`${counts.get(g.key)?.read ?? 0}/${counts.get(g.key)?.total ?? 0} 已读`}>
            {g.items.map((m) => (
              <ListItem key={m.memberId} title={m.name} extra={'readAt' in m ? beijingTime(m.readAt) : 'bound' in m && !m.bound ? '未绑定' : undefined} />
            ))}
          </Card>
        ))}
      </LoadState>
    </View>
  )
}
