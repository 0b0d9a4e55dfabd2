import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'
import { NoticeForm } from './notice-form'
import './index.scss'

/** 编辑通知: the form once the notice has loaded, filled from it as it stands. */
function EditNotice({ id }: { id: string }) {
  const got = useAction('notice', 'get', { id }, [id])
  useEffect(() => void Taro.setNavigationBarTitle({ title: '编辑通知' }), [])
  return <LoadState state={got}>{(d) => <NoticeForm id={id} loaded={d.notice} />}</LoadState>
}

/** A ballot's results as a notice: the words drafted by ballot.draftNotice, reviewed here before publishing. */
function FromBallot({ ballotId, stage }: { ballotId: string; stage?: 'publicity' | 'honour' }) {
  const got = useAction('ballot', 'draftNotice', { id: ballotId, ...(stage ? { stage } : {}) }, [ballotId, stage])
  return <LoadState state={got}>{(d) => <NoticeForm prefill={d} />}</LoadState>
}

/** A 会议文件: the form preset to the 代表 and filed under the meeting, named at the top. */
function ForMeeting({ meetingId }: { meetingId: string }) {
  const got = useAction('congress', 'meeting', { id: meetingId }, [meetingId])
  useEffect(() => void Taro.setNavigationBarTitle({ title: '发布会议文件' }), [])
  return <LoadState state={got}>{(m) => <NoticeForm meeting={{ id: m.id, title: m.title }} />}</LoadState>
}

/** 发布通知 (chair): write, 预览 as members will see it, then publish; with ?id= it edits; with ?ballot= it starts from that vote's 公示; with ?meetingId= it is a 会议文件 of that 教代会. */
export default function NoticePublish() {
  const { id, ballot, stage, meetingId } = useRouter().params
  const form = id ? (
    <EditNotice id={id} />
  ) : ballot ? (
    <FromBallot ballotId={ballot} stage={stage === 'honour' ? 'honour' : undefined} />
  ) : meetingId ? (
    <ForMeeting meetingId={meetingId} />
  ) : (
    <NoticeForm />
  )
  return <View className='page notice-publish'>{form}</View>
}
