import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Rectification, ResultsOutput } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { useMutation } from '../../../hooks/use-action'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** The chair, after the vote: the 公示 drafted for review on 发布通知, the honour notice once the objection period is over, and 整改 for a rating. */
export function ChairActions({ results: r }: { results: ResultsOutput }) {
  const id = r.ballot.id
  return (
    <Card title='投票之后'>
      <Button className='btn' onClick={go(`/officer/pages/notice-publish/index?ballot=${id}`)}>
        起草结果公示
      </Button>
      <Text className='hint'>按结果写好公示的标题和正文，你核对修改后再发布。</Text>
      {r.objection && (
        <>
          <Button className={`btn${r.objection.over ? '' : ' btn--ghost'}`} disabled={!r.objection.over} onClick={go(`/officer/pages/notice-publish/index?ballot=${id}&stage=honour`)}>
            起草表彰通知
          </Button>
          <Text className='hint'>{r.objection.over ? '公示期已过，可以发布表彰通知。' : `公示期 ${r.objection.from} 至 ${r.objection.until}，期满后才能发布表彰通知。`}</Text>
        </>
      )}
      {r.ballot.kind === 'rating' && <RectificationForm ballotId={id} subjects={r.ballot.subjects ?? []} initial={r.rectifications ?? []} />}
    </Card>
  )
}

/** 整改: an item recorded against one subject, shown to raters on that subject's next rating. */
function RectificationForm({ ballotId, subjects, initial }: { ballotId: string; subjects: string[]; initial: Rectification[] }) {
  const [subject, setSubject] = useState(subjects[0] ?? '')
  const [item, setItem] = useState('')
  const [items, setItems] = useState(initial)
  const add = useMutation('ballot', 'addRectification')
  const save = async () => {
    const res = await add.run({ id: ballotId, subject, item })
    if (!res.ok) return
    setItems(res.data.items)
    setItem('')
    void Taro.showToast({ title: '已记录', icon: 'success' })
  }
  return (
    <View className='ballot-results__rectify'>
      <Text className='ballot-results__rectify-title'>整改事项（下次评议时向评议人展示）</Text>
      {items.map((x) => (
        <Text key={x.id} className='ballot-results__slip'>{`${x.subject}：${x.item}`}</Text>
      ))}
      <ChipGroup options={subjects.map((s) => ({ value: s, label: s }))} value={[subject]} onChange={([s]) => setSubject(s)} />
      <Textarea className='ballot-results__textarea' value={item} maxlength={300} placeholder='例如：听课次数偏少，每月至少听课 4 节' onInput={(e) => setItem(e.detail.value)} />
      {add.error && <Text className='error-text'>{add.error.message}</Text>}
      <Button className='btn' disabled={add.running || !item.trim()} onClick={save}>
        {add.running ? '正在记录…' : '记录整改事项'}
      </Button>
    </View>
  )
}
