import { useEffect, useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { CareOccasion } from '../../../../types/care'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijing } from '../../../lib/beijing'
import { OCCASION_OPTIONS, yuan } from '../../../lib/care-text'
import { useRequestId } from '../../../lib/request-id'
import { MemberPicker, type PickedMember } from './member-picker'
import './index.scss'

/** 报告情况 (mode=report: opens a visit task) or 登记慰问 (mode=record: a visit or payment, against the year's cap). */
export default function CareRecord() {
  const params = useRouter().params
  const reporting = params.mode === 'report'
  const [member, setMember] = useState<PickedMember>()
  const [occasion, setOccasion] = useState<CareOccasion>((params.occasion as CareOccasion) || 'illness')
  const [chosenDate, setDate] = useState<string>()
  const [amount, setAmount] = useState('')
  const [gift, setGift] = useState('')
  const [visitors, setVisitors] = useState('')
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const [overCap, setOverCap] = useState<string>()
  const [requestId] = useRequestId('c')
  const rules = useAction('care', 'rules')
  const picked = useAction('care', 'members', {}, [])
  const history = useAction('care', 'list', { memberId: member?.memberId ?? 'none' }, [member?.memberId])
  const report = useMutation('care', 'report')
  const record = useMutation('care', 'record')
  const rule = rules.data?.items.find((r) => r.occasion === occasion)
  // the server's Beijing today, not the phone's clock
  const today = rules.data?.today ?? beijing(Date.now()).date
  const date = chosenDate ?? today
  const had = member ? history.data?.yearTotals?.find((t) => t.occasion === occasion) : undefined
  const error = (reporting ? report : record).error

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: reporting ? '报告情况' : '登记慰问' })
  }, [reporting])
  // from a task: the member it is for
  useEffect(() => {
    const m = picked.data?.items.find((x) => x.memberId === params.memberId)
    if (m && !member) setMember(m)
  }, [picked.data, params.memberId, member])
  // the rule's standard amount, until the visitor types their own
  const standard = rule?.amount
  useEffect(() => setAmount(standard ? String(standard) : ''), [occasion, standard])

  const submit = async (override?: boolean) => {
    if (!member) return void Taro.showToast({ title: '请先选择会员', icon: 'none' })
    if (reporting) {
      const res = await report.run({ memberId: member.memberId, occasion, ...(note.trim() ? { note: note.trim() } : {}), requestId })
      if (!res.ok) return
      Taro.showToast({ title: `已报告，请在 ${res.data.dueDate.slice(5)} 前走访`, icon: 'none' })
      return void setTimeout(() => Taro.navigateBack(), 800)
    }
    const res = await record.run({
      memberId: member.memberId,
      occasion,
      date,
      ...(amount.trim() ? { amount: Number(amount) } : {}),
      ...(gift.trim() ? { gift: gift.trim() } : {}),
      ...(visitors.trim() ? { visitors: visitors.split(/[,，、\s]+/).filter(Boolean) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(params.taskId ? { taskId: params.taskId } : {}),
      ...(override ? { override: { reason: reason.trim() } } : {}),
      requestId: override ? `${requestId}o` : requestId
    })
    if (!res.ok) return void (res.error.code === 'CONFLICT' && setOverCap(res.error.message))
    Taro.showToast({ title: '已登记', icon: 'none' })
    setTimeout(() => Taro.navigateBack(), 800)
  }

  return (
    <View className='page care-record'>
      <Card>
        <Field label='会员' required>
          <MemberPicker value={member} onChange={setMember} />
        </Field>
        <Field label='事由' required>
          <ChipGroup options={OCCASION_OPTIONS} value={[occasion]} onChange={(v) => v[0] && setOccasion(v[0])} />
        </Field>
        {rule && <Text className='hint'>{reporting ? `按规定 ${rule.dueDays} 天内走访` : `标准 ${yuan(rule.amount)}，每人每年不超过 ${yuan(rule.cap)}`}</Text>}
        {!reporting && had && member && <Text className='care-record__had'>{`${member.name}今年已领「${had.label}」${yuan(had.amount)}（${had.count} 次），上限 ${yuan(had.cap)}`}</Text>}
        {!reporting && (
          <>
            <Field label='日期' required>
              <Picker mode='date' value={date} end={today} onChange={(e) => setDate(String(e.detail.value))}>
                <View className='input care-record__date'>{date}</View>
              </Picker>
            </Field>
            <Field label='慰问金（元）' hint='没有慰问金可不填'>
              <Input className='input' type='number' value={amount} onInput={(e) => setAmount(e.detail.value)} />
            </Field>
            <Field label='慰问品'>
              <Input className='input' placeholder='如：水果篮' value={gift} onInput={(e) => setGift(e.detail.value)} />
            </Field>
            <Field label='走访人' hint='几位用顿号隔开；不填就是你自己'>
              <Input className='input' value={visitors} onInput={(e) => setVisitors(e.detail.value)} />
            </Field>
          </>
        )}
        <Field label={reporting ? '情况说明' : '备注'}>
          <Textarea className='textarea' placeholder={reporting ? '如：住院，市一院 8 楼' : ''} value={note} onInput={(e) => setNote(e.detail.value)} />
        </Field>
        {error && !overCap && <Text className='error-text'>{error.message}</Text>}
        {overCap && (
          <View className='care-record__over'>
            <Text className='error-text'>{overCap}</Text>
            {rules.data?.can.override && (
              <>
                <Field label='超限理由' required>
                  <Input className='input' placeholder='如：二次手术，经委员会研究同意' value={reason} onInput={(e) => setReason(e.detail.value)} />
                </Field>
                <Button className='btn btn--ghost' disabled={record.running || !reason.trim()} onClick={() => submit(true)}>
                  超限登记
                </Button>
              </>
            )}
          </View>
        )}
        <Button className='btn care-record__submit' disabled={report.running || record.running} onClick={() => submit()}>
          {reporting ? '报告' : '登记'}
        </Button>
      </Card>
    </View>
  )
}
