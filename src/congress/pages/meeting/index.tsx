import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { useMe } from '../../../hooks/use-me'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { shortWhen } from '../../../lib/beijing'
import { proposalNote, statusTone } from '../../lib/text'
import { AttendanceCard } from './attendance-card'
import { DocumentsCard } from './documents-card'
import './index.scss'

/** One 教代会: when, its figures, its 会议文件 (for those they are sent to), attendance and check-in on the day, and every proposal. */
export default function MeetingPage() {
  const id = useRouter().params.id ?? ''
  const me = useMe()
  const meeting = useAction('congress', 'meeting', { id }, [id])
  const proposals = useAction('congress', 'list', { meetingId: id }, [id])
  const stats = useAction('congress', 'stats', { meetingId: id }, [id])
  const exporter = useExport('congress', 'export')
  const reload = () => Promise.all([meeting.reload(), proposals.reload(), stats.reload()])
  usePullToReload(reload)
  useReloadOnShow(reload)
  const m = meeting.data
  const s = stats.data
  const items = proposals.data?.items ?? []

  return (
    <View className='page congress-meeting'>
      <LoadState state={meeting}>
        {m && (
          <>
            <Text className='congress-meeting__title'>{m.title}</Text>
            <Text className='hint congress-meeting__when'>
              开会 {shortWhen(m.heldAt)}；提案征集 {shortWhen(m.proposalOpensAt)} 至 {shortWhen(m.proposalClosesAt)}，每件需 {m.seconds} 位代表附议
            </Text>
            {s && (
              <Card title='提案情况'>
                <Text className='congress-meeting__stats'>
                  收到 {s.proposals} 件，立案 {s.accepted} 件，已答复 {s.answered} 件（按期 {s.answeredOnTime} 件）
                </Text>
                <Text className='hint'>
                  满意 {s.satisfied}，基本满意 {s.basically}，不满意 {s.unsatisfied}
                </Text>
              </Card>
            )}
            {/* absent for a member who is no 代表 and is sent none: the page shows no trace of them */}
            {m.documents && <DocumentsCard meetingId={id} documents={m.documents} chair={me.data?.role === 'chair'} />}
            <AttendanceCard meeting={m} onCheckedIn={() => void meeting.reload()} />
            {m.cannotSubmit ? (
              <Text className='hint congress-meeting__why'>{m.cannotSubmit}</Text>
            ) : (
              <Button className='btn congress-meeting__submit' onClick={() => void Taro.navigateTo({ url: `/congress/pages/proposal-form/index?meetingId=${id}` })}>
                提交提案
              </Button>
            )}
            {me.data?.role === 'chair' && (
              <Button className='btn btn--ghost congress-meeting__export' disabled={exporter.running} onClick={() => void exporter.run({ meetingId: id })}>
                {exporter.running ? '正在生成…' : '导出提案汇编（Word）'}
              </Button>
            )}
          </>
        )}
      </LoadState>
      <LoadState state={proposals}>
        {items.length === 0 ? (
          <EmptyState compact icon='案' title='还没有提案' description='代表提交的提案都会列在这里，征集附议中的也在。' />
        ) : (
          <Card title='提案'>
            {items.map((p) => (
              <ListItem
                key={p.id}
                title={p.title}
                note={proposalNote(p)}
                extra={<Tag tone={statusTone(p)}>{p.overdueDays > 0 ? `超期 ${p.overdueDays} 天` : p.statusLabel}</Tag>}
                arrow
                onClick={() => void Taro.navigateTo({ url: `/congress/pages/proposal/index?id=${p.id}` })}
              />
            ))}
          </Card>
        )}
      </LoadState>
    </View>
  )
}
