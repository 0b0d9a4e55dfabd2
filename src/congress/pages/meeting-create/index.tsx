import { useState } from 'react'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { beijingDatePlus, fromBeijing } from '../../../lib/beijing'
import { useRequestId } from '../../../lib/request-id'
import './index.scss'

function When({ label, mode, value, onChange }: { label: string; mode: 'date' | 'time'; value: string; onChange: (v: string) => void }) {
  return (
    <Field inline label={label}>
      <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='input meeting-create__pick'>{value}</View>
      </Picker>
    </Field>
  )
}

/** 召开教代会 (chair): its name, the proposal window, the day, and how many 代表 must second a proposal. */
export default function MeetingCreate() {
  const create = useMutation('congress', 'createMeeting')
  const [requestId] = useRequestId('m')
  const [title, setTitle] = useState('')
  const [opens, setOpens] = useState(() => beijingDatePlus(0))
  const [closes, setCloses] = useState(() => beijingDatePlus(14))
  const [day, setDay] = useState(() => beijingDatePlus(21))
  const [time, setTime] = useState('14:00')
  const [seconds, setSeconds] = useState('2')

  const send = async () => {
    const r = await create.run({
      title,
      proposalOpensAt: fromBeijing(opens, '00:00'),
      proposalClosesAt: fromBeijing(closes, '23:59'),
      heldAt: fromBeijing(day, time),
      seconds: Number(seconds),
      requestId: requestId
    })
    if (!r.ok) return
    void Taro.redirectTo({ url: `/congress/pages/meeting/index?id=${r.data.id}` })
  }

  return (
    <View className='page meeting-create'>
      <Card>
        <Field label='会议名称' required>
          <Input className='input' value={title} maxlength={60} placeholder='例如：第五届教代会第三次会议' onInput={(e) => setTitle(e.detail.value)} />
        </Field>
        <When label='提案征集开始' mode='date' value={opens} onChange={setOpens} />
        <When label='提案征集截止' mode='date' value={closes} onChange={setCloses} />
        <When label='开会日期' mode='date' value={day} onChange={setDay} />
        <When label='开会时间' mode='time' value={time} onChange={setTime} />
        <Field inline label='每件提案需附议' hint='提案人以外的代表人数'>
          <Input className='input meeting-create__num' type='number' value={seconds} onInput={(e) => setSeconds(e.detail.value)} />
        </Field>
      </Card>
      {create.error && <Text className='error-text meeting-create__error'>{create.error.message}</Text>}
      <Button className='btn' disabled={create.running || !title.trim()} onClick={send}>
        {create.running ? '正在创建…' : '召开会议'}
      </Button>
      <Text className='hint meeting-create__note'>会议当天，会议页会显示签到码，请在会场公布；代表凭码签到。</Text>
    </View>
  )
}
