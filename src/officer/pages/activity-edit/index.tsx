import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'
import { draftOf, emptyDraft } from '../../../lib/activity-draft'
import { ActivityForm } from './activity-form'
import { allocationDraftOf } from './allocation-card'
import './index.scss'

/** 编辑活动: the form once the activity has loaded, filled from it. */
function EditActivity({ id }: { id: string }) {
  const got = useAction('activity', 'get', { id }, [id])
  useEffect(() => void Taro.setNavigationBarTitle({ title: '编辑活动' }), [])
  return <LoadState state={got}>{(a) => <ActivityForm id={id} initial={draftOf(a)} allocation={allocationDraftOf(a)} competitionId={a.competitionId} />}</LoadState>
}

/** 发起活动 / 编辑活动 (officer): what, when, how many, who may come, what to ask. */
export default function ActivityEdit() {
  const id = useRouter().params.id
  return <View className='page activity-edit'>{id ? <EditActivity id={id} /> : <ActivityForm initial={emptyDraft(new Date())} />}</View>
}
