import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { HardshipFile } from '../../../../types/care'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { EmptyState } from '../../../components/empty-state'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'
import { HARDSHIP_LEVEL_LABELS, yuan } from '../../../lib/care-text'
import { MemberPicker, type PickedMember } from '../care-record/member-picker'
import './index.scss'

type Level = HardshipFile['level']
const LEVELS = (Object.keys(HARDSHIP_LEVEL_LABELS) as Level[]).map((value) => ({ value, label: HARDSHIP_LEVEL_LABELS[value] }))

/** 困难职工档案 (the chair and the named keeper): cause, level, measures, this year's help, and the yearly review. */
export default function CareHardship() {
  const files = useAction('care', 'hardship', { op: 'list' })
  const write = useMutation('care', 'hardship')
  const [member, setMember] = useState<PickedMember>()
  const [cause, setCause] = useState('')
  const [level, setLevel] = useState<Level>('general')
  const [measures, setMeasures] = useState('')

  const create = async () => {
    if (!member) return void Taro.showToast({ title: '请先选择会员', icon: 'none' })
    // a variable, not a literal: the payload type of a union input keeps only its common keys
    const payload = { op: 'create' as const, memberId: member.memberId, cause: cause.trim(), level, measures: measures.trim() }
    const res = await write.run(payload)
    if (!res.ok) return
    setMember(undefined)
    setCause('')
    setMeasures('')
    Taro.showToast({ title: '已建档', icon: 'none' })
    await files.reload()
  }

  const reviewed = async (f: HardshipFile) => {
    const payload = { op: 'update' as const, memberId: f.memberId, reviewed: true }
    const res = await write.run(payload)
    if (!res.ok) return void Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: `${f.name}的档案已复核`, icon: 'none' })
    await files.reload()
  }

  return (
    <View className='page care-hardship'>
      <LoadState state={files}>
        <Text className='hint care-hardship__note'>{`档案只有工会主席${files.data?.keeper ? `和档案管理人${files.data.keeper.name}` : ''}能看到，其他人只能看到总数。`}</Text>
        {files.data?.items.length === 0 && <EmptyState icon='档' title='还没有困难职工档案' />}
        {files.data?.items.map((f) => (
          <Card key={f.memberId} title={`${f.name}（${f.unit}）`} extra={<Tag tone={f.level === 'general' ? 'info' : 'warn'}>{HARDSHIP_LEVEL_LABELS[f.level]}</Tag>}>
            <Text className='care-hardship__line'>{`致困原因：${f.cause}`}</Text>
            <Text className='care-hardship__line'>{`帮扶措施：${f.measures}`}</Text>
            <Text className='care-hardship__line'>{`今年帮扶：${yuan(f.amountThisYear)}`}</Text>
            <View className='care-hardship__review'>
              <Text className={f.reviewOverdue ? 'care-hardship__due' : 'hint'}>{f.reviewOverdue ? `年度复核已到期（${f.reviewDue}）` : `下次复核：${f.reviewDue}`}</Text>
              <Button className='btn btn--small btn--ghost' disabled={write.running} onClick={() => reviewed(f)}>
                已复核
              </Button>
            </View>
          </Card>
        ))}
        <Card title='新建档案'>
          <Field label='会员' required>
            <MemberPicker value={member} onChange={setMember} />
          </Field>
          <Field label='致困原因' required>
            <Input className='input' placeholder='如：配偶重病，长期治疗' value={cause} onInput={(e) => setCause(e.detail.value)} />
          </Field>
          <Field label='困难程度' required>
            <ChipGroup options={LEVELS} value={[level]} onChange={(v) => v[0] && setLevel(v[0])} />
          </Field>
          <Field label='帮扶措施' required>
            <Textarea className='textarea' placeholder='如：每学期走访一次，协助申请大病救助' value={measures} onInput={(e) => setMeasures(e.detail.value)} />
          </Field>
          {write.error && <Text className='error-text'>{write.error.message}</Text>}
          <Button className='btn' disabled={write.running} onClick={create}>
            建档
          </Button>
        </Card>
      </LoadState>
    </View>
  )
}
