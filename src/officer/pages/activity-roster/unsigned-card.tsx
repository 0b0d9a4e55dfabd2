import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Activity } from '../../../../types/activity'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { useAction } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { unitLines } from '../../../lib/chase-text'
import { unsignedText } from './chase-text'

export interface UnsignedCardProps {
  activity: Pick<Activity, 'id' | 'title' | 'signupClosesAt'>
}

/** 未报名: who of the activity's audience has not signed up, by unit, and a text to chase them in the group. */
export function UnsignedCard({ activity }: UnsignedCardProps) {
  const got = useAction('activity', 'unsigned', { id: activity.id }, [activity.id])
  const exporter = useExport('activity', 'exportUnsigned')
  const people = got.data?.items
  if (!people) return got.error ? <Text className='error-text'>{got.error.message}</Text> : null

  const copy = () => {
    void Taro.setClipboardData({ data: unsignedText(activity, people) }).then(
      () => Taro.showToast({ title: '已复制，可粘贴到教工群', icon: 'none' }),
      () => Taro.showToast({ title: '没能复制，请再试一次', icon: 'none' })
    )
  }

  return (
    <Card title={`未报名 ${people.length}`} extra='可报名但还没报的老师' className='roster__unsigned'>
      {people.length === 0 && <EmptyState compact title='能报名的老师都报了' />}
      {unitLines(people).map((line) => (
        <Text key={line} className='roster__unsigned-line'>
          {line}
        </Text>
      ))}
      {people.length > 0 && (
        <Button className='btn btn--ghost roster__copy' onClick={copy}>
          复制未报名名单（按部门）
        </Button>
      )}
      {people.length > 0 && (
        <Button className='btn btn--ghost roster__copy' disabled={exporter.running} onClick={() => void exporter.run({ id: activity.id })}>
          {exporter.running ? '正在导出…' : '导出未报名名单（Excel）'}
        </Button>
      )}
    </Card>
  )
}
