import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { BallotKind } from '../../../../types/ballot'
import { BALLOT_KIND_LABELS } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijingDate } from '../../../lib/beijing'
import { useRequestId } from '../../../lib/request-id'
import { emptyGroup, toInput, LINES_LABEL, type Draft, type Lasts, type Starts, type Who } from './draft'
import { RaterGroups } from './rater-groups'
import './index.scss'

const KINDS = (Object.keys(BALLOT_KIND_LABELS) as BallotKind[]).map((value) => ({ value, label: BALLOT_KIND_LABELS[value] }))
const STARTS: { value: Starts; label: string }[] = [
  { value: 'now', label: '现在' },
  { value: 'hour', label: '1 小时后' },
  { value: 'tomorrow', label: '明天 8:00' }
]
const LASTS: { value: Lasts; label: string }[] = [
  { value: '1h', label: '1 小时' },
  { value: '1d', label: '1 天' },
  { value: '3d', label: '3 天' },
  { value: '7d', label: '7 天' }
]
const WHO: { value: Who; label: string }[] = [
  { value: 'all', label: '全体会员' },
  { value: 'reps', label: '教代会代表' },
  { value: 'units', label: '指定部门' },
  { value: 'meeting', label: '教代会到会代表' }
]

const EMPTY: Draft = {
  kind: 'motion',
  title: '',
  description: '',
  lines: '',
  seats: '',
  maxChoices: '',
  pass: 'present',
  starts: 'now',
  lasts: '1h',
  who: 'all',
  units: '',
  meetingId: '',
  groups: [],
  othersWeight: ''
}

/** 发起投票 (chair): a motion, a poll, an election or a rating; the server checks it and makes its key. */
export default function CreateBallot() {
  const [d, setD] = useState<Draft>(EMPTY)
  const [requestId] = useRequestId('b')
  const create = useMutation('ballot', 'create')
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }))
  const meetings = useAction('congress', 'meetings', {}, [])
  const meetingOptions = (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.title}（${beijingDate(m.heldAt)}）` }))

  const submit = async () => {
    const empty = emptyGroup(d)
    if (empty) return void Taro.showModal({ title: '没有发起', content: `请填写第 ${empty} 个评议组的标签或部门`, showCancel: false })
    const r = await create.run(toInput(d, Date.now(), requestId))
    if (!r.ok) return void Taro.showModal({ title: '没有发起', content: r.error.message, showCancel: false })
    void Taro.redirectTo({ url: `/ballot/pages/vote/index?id=${r.data.id}` })
  }

  return (
    <View className='page ballot-create'>
      <Card>
        <Field label='类型' required>
          <ChipGroup options={KINDS} value={[d.kind]} onChange={([k]) => set('kind', k)} />
        </Field>
        <Field label='标题' required>
          <Input className='input' placeholder='如：2027 年度工会经费预算' value={d.title} onInput={(e) => set('title', e.detail.value)} />
        </Field>
        <Field label='说明' hint='投票人会先看到这段说明'>
          <Textarea className='textarea' value={d.description} maxlength={2000} onInput={(e) => set('description', e.detail.value)} />
        </Field>
        {d.kind !== 'motion' && (
          <Field label={LINES_LABEL[d.kind]} required hint={d.kind === 'rating' ? '按德、能、勤、绩、廉评为 优秀 / 称职 / 基本称职 / 不称职' : undefined}>
            <Textarea className='textarea' value={d.lines} maxlength={1500} onInput={(e) => set('lines', e.detail.value)} />
          </Field>
        )}
        {d.kind === 'election' && (
          <Field label='应选人数' inline>
            <Input className='input ballot-create__num' type='number' placeholder='1' value={d.seats} onInput={(e) => set('seats', e.detail.value)} />
          </Field>
        )}
        {(d.kind === 'election' || d.kind === 'poll') && (
          <Field label='每票最多可选' inline hint={d.kind === 'election' ? '不填则等于应选人数' : '不填则只能选一项'}>
            <Input className='input ballot-create__num' type='number' placeholder='1' value={d.maxChoices} onInput={(e) => set('maxChoices', e.detail.value)} />
          </Field>
        )}
        {d.kind === 'motion' && (
          <Field label='通过规则' hint='同意票超过所选人数的一半即通过'>
            <ChipGroup
              options={[
                { value: 'present', label: '实到（实际投票）人数' },
                { value: 'eligible', label: '应到（全体有投票权）人数' }
              ]}
              value={[d.pass]}
              onChange={([p]) => set('pass', p as Draft['pass'])}
            />
          </Field>
        )}
        <Field label='谁可以投票'>
          <ChipGroup options={WHO} value={[d.who]} onChange={([w]) => set('who', w)} />
          {d.who === 'units' && <Input className='input ballot-create__units' placeholder='部门，用顿号分隔：语文组、数学组' value={d.units} onInput={(e) => set('units', e.detail.value)} />}
          {d.who === 'meeting' &&
            (meetingOptions.length ? (
              <>
                <ChipGroup options={meetingOptions} value={d.meetingId ? [d.meetingId] : []} onChange={([m]) => set('meetingId', m)} />
                <Text className='hint'>只有在会场签到的代表能领票；「实到」按签到人数计，「应到」按全体代表计。</Text>
              </>
            ) : (
              <Text className='hint'>还没有教代会会议，请先在「教代会」里建会议。</Text>
            ))}
        </Field>
        {d.kind === 'rating' && (
          <Field
            label='评议组（可不设）'
            hint={
              d.groups.length
                ? '一位教职工属于多个组时，按排在前面的组计；其余教职工填 0 则不参加评议。'
                : '不设评议组则人人一票一样重。设了评议组可以加权，如教代会代表每票按 2 票计；人数不到 5 人的组不单独公布结果。'
            }
          >
            <RaterGroups groups={d.groups} othersWeight={d.othersWeight} onChange={(g) => set('groups', g)} onOthers={(w) => set('othersWeight', w)} />
          </Field>
        )}
        <Field label='开始' hint='提前发起、稍后开始更能保护匿名：大家打开页面时就先领好选票'>
          <ChipGroup options={STARTS} value={[d.starts]} onChange={([s]) => set('starts', s)} />
        </Field>
        <Field label='投票时长'>
          <ChipGroup options={LASTS} value={[d.lasts]} onChange={([l]) => set('lasts', l)} />
        </Field>
        <Button className='btn ballot-create__submit' disabled={create.running} onClick={submit}>
          {create.running ? '正在发起…' : '发起投票'}
        </Button>
        <Text className='hint'>投票结束前谁也看不到结果；结束后全体可以逐票核对。</Text>
      </Card>
    </View>
  )
}
