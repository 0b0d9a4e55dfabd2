import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeetingDocument } from '../../../../types/congress'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { Tag } from '../../../components/tag'
import { beijingDate } from '../../../lib/beijing'

export interface DocumentsCardProps {
  meetingId: string
  /** As the server answered them: only what the viewer may read. */
  documents: MeetingDocument[]
  /** The chair: 发布会议文件, and how many have read each. */
  chair: boolean
}

function ReadTag({ doc }: { doc: MeetingDocument }) {
  if (doc.readers) return <Tag tone='info'>{`已读 ${doc.readers.read}/${doc.readers.total}`}</Tag>
  if (!doc.addressed) return null
  return doc.read ? <Tag>已读</Tag> : <Tag tone='warn'>未读</Tag>
}

/** 会议文件: the notices the chair filed under this meeting, each opened in the notice page (which marks it read). */
export function DocumentsCard({ meetingId, documents, chair }: DocumentsCardProps) {
  const publish = () => void Taro.navigateTo({ url: `/officer/pages/notice-publish/index?meetingId=${meetingId}` })
  return (
    <Card title='会议文件' className='congress-meeting__docs'>
      {documents.length === 0 && (
        <Text className='hint congress-meeting__docs-empty'>
          {chair ? '还没有会议文件。发布议程、报告等，发送给教代会代表，代表会收到提醒。' : '还没有会议文件。工会发布议程、报告等以后，会列在这里。'}
        </Text>
      )}
      {documents.map((d) => (
        <ListItem key={d.id} title={d.title} note={`${beijingDate(d.publishedAt)} 发布`} extra={<ReadTag doc={d} />} onClick={() => void Taro.navigateTo({ url: `/pages/notice/index?id=${d.id}` })} />
      ))}
      {chair && (
        <Button className='btn btn--ghost congress-meeting__docs-publish' onClick={publish}>
          发布会议文件
        </Button>
      )}
    </Card>
  )
}
