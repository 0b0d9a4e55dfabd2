import { useState } from 'react'
import { Button, Input, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { inform } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { beijingDate } from '../../../lib/beijing'
import { useRequestId } from '../../../lib/request-id'
import { DAYS, STARTS, windowOf, type Starts } from './window'

const HONOURS = ['优秀教师', '师德标兵', '优秀班主任', '优秀工会会员'].map((h) => ({ value: h, label: h }))

/** 发起评优推荐 (chair): the honour, a title and how long members may nominate. */
export function OpenRoundForm() {
  const [honour, setHonour] = useState('')
  const [title, setTitle] = useState('')
  const [starts, setStarts] = useState<Starts>('now')
  const [days, setDays] = useState('7')
  const [requestId] = useRequestId('r')
  const open = useMutation('ballot', 'openNominations')

  const pickHonour = (h: string) => {
    setHonour(h)
    if (!title.trim()) setTitle(`${beijingDate(new Date().toISOString()).slice(0, 4)} 年度${h}评选`)
  }
  const submit = async () => {
    const r = await open.run({ title, honour, ...windowOf(starts, Number(days), Date.now()), requestId: requestId })
    if (!r.ok) return void inform({ title: '没有发起', content: r.error.message })
    void Taro.redirectTo({ url: `/ballot/pages/honour/index?id=${r.data.id}` })
  }

  return (
    <Card>
      <Field label='评什么荣誉' required>
        <ChipGroup options={HONOURS} value={[honour]} onChange={([h]) => pickHonour(h)} />
        <Input className='input honour__input' placeholder='或填写其他荣誉名称' value={honour} onInput={(e) => setHonour(e.detail.value)} />
      </Field>
      <Field label='标题' required>
        <Input className='input' placeholder='如：2026 年度优秀教师评选' value={title} onInput={(e) => setTitle(e.detail.value)} />
      </Field>
      <Field label='开始推荐'>
        <ChipGroup options={STARTS} value={[starts]} onChange={([s]) => setStarts(s)} />
      </Field>
      <Field label='推荐几天' hint='推荐期间，会员在「投票表决」里推荐同事并写事迹'>
        <ChipGroup options={DAYS} value={[days]} onChange={([d]) => setDays(d)} />
      </Field>
      <Button className='btn honour__submit' disabled={open.running} onClick={submit}>
        {open.running ? '正在发起…' : '发起推荐'}
      </Button>
      <Text className='hint'>推荐截止后，你从被推荐的同事中确定候选人，再由全体会员无记名投票，结果公示 5 天。</Text>
    </Card>
  )
}
