import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import type { Category, CompEvent, EventKind, Measure } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm, inform } from '../../../components/confirm'
import { Field, SwitchField } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'

const KINDS = [
  { value: 'timed' as EventKind, label: '计时（少者胜）' },
  { value: 'measured' as EventKind, label: '测量（多者胜）' },
  { value: 'judged' as EventKind, label: '评委打分' }
]
const CATEGORIES = (['男子', '女子', '混合'] as Category[]).map((c) => ({ value: c, label: c }))
const MEASURES = [
  { value: 'm' as Measure, label: '米' },
  { value: 'count' as Measure, label: '次数' }
]
const num = (s: string) => (s.trim() === '' ? undefined : Number(s))
/** "7-5-4-3-2-1" or "7 5 4 3 2 1" → numbers; anything else is sent as typed so the server names it. */
const pointsOf = (s: string) =>
  s
    .split(/[\s,，、-]+/)
    .filter(Boolean)
    .map(Number)

export interface EventFormProps {
  competitionId: string
  /** The event to edit (before its results are published); absent: a new one. */
  event?: CompEvent
  onDone: () => void
  onCancel: () => void
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n))

/** 添加项目 or 修改项目: name, category, kind, team, points per place, judging rules and the prize mapping. */
export function EventForm({ competitionId, event: e, onDone, onCancel }: EventFormProps) {
  const add = useMutation('competition', 'addEvent')
  const update = useMutation('competition', 'updateEvent')
  const [name, setName] = useState(e?.name ?? '')
  const [category, setCategory] = useState<Category>(e?.category ?? '混合')
  const [kind, setKind] = useState<EventKind>(e?.kind ?? 'timed')
  const [measure, setMeasure] = useState<Measure>(e?.measure ?? 'm')
  const [team, setTeam] = useState(e?.team ?? false)
  const [points, setPoints] = useState(e ? e.points.join('-') : '7-5-4-3-2-1')
  const [unitLimit, setUnitLimit] = useState(str(e?.unitLimit))
  const [maxScore, setMaxScore] = useState(str(e?.maxScore ?? 100))
  const [judges, setJudges] = useState(str(e?.judges))
  const [dropHighLow, setDropHighLow] = useState(e?.dropHighLow ?? false)
  const [prizes, setPrizes] = useState({ first: str(e?.prizes.first ?? 1), second: str(e?.prizes.second ?? 1), third: str(e?.prizes.third ?? 1) })
  const [others, setOthers] = useState(e?.prizes.others ?? false)
  const saving = e ? update : add

  const submit = async () => {
    const fields = {
      name,
      category,
      kind,
      points: pointsOf(points),
      ...(kind === 'measured' ? { measure } : {}),
      unitLimit: num(unitLimit),
      prizes: { first: num(prizes.first) ?? 0, second: num(prizes.second) ?? 0, third: num(prizes.third) ?? 0, others }
    }
    if (!e) {
      const judged = kind === 'judged' ? { maxScore: num(maxScore), judges: num(judges), dropHighLow } : {}
      if ((await add.run({ competitionId, team, ...fields, ...judged })).ok) onDone()
      return
    }
    if (!(await confirm({ title: '保存对项目的修改？', content: '已报名的人和已录入的成绩保持不变，名次按新设置重新计算。', confirmText: '保存' }))) return
    const judged = kind === 'judged' ? { maxScore: num(maxScore), judges: num(judges) ?? null, dropHighLow } : {}
    const r = await update.run({ eventId: e.id, ...fields, ...judged })
    if (!r.ok) return
    // a lowered limit drops nobody: say which units are over it, so their officers can withdraw some
    const over = r.data.overLimit ?? []
    if (over.length)
      await inform({
        title: '已保存，有部门超出新的人数',
        content: `${over.map((u) => `${u.unit}已报 ${u.entries} 人`).join('，')}，超过每单位 ${over[0].limit} 人。已报的都保留，这些部门在有人退出前不能再报。`
      })
    onDone()
  }
  const prizeInput = (k: keyof typeof prizes, label: string) => (
    <Field inline label={label}>
      <Input className='input comp-setup__num' type='number' value={prizes[k]} onInput={(e) => setPrizes((p) => ({ ...p, [k]: e.detail.value }))} />
      <Text>个名次</Text>
    </Field>
  )

  return (
    <Card title={e ? '修改项目' : '添加项目'}>
      <Input className='input' value={name} maxlength={30} placeholder='项目名称，如 100米、拔河、赛课' onInput={(e) => setName(e.detail.value)} />
      <Field label='组别'>
        <ChipGroup options={CATEGORIES} value={[category]} onChange={([c]) => setCategory(c)} />
      </Field>
      <Field label='成绩方式'>
        <ChipGroup options={KINDS} value={[kind]} onChange={([k]) => setKind(k)} />
        {kind === 'measured' && <ChipGroup className='comp-setup__sub' options={MEASURES} value={[measure]} onChange={([m]) => setMeasure(m)} />}
      </Field>
      {kind === 'judged' && (
        <>
          <Field inline label='满分'>
            <Input className='input comp-setup__num' type='digit' value={maxScore} onInput={(e) => setMaxScore(e.detail.value)} />
          </Field>
          <Field inline label='评委'>
            <Input className='input comp-setup__num' type='number' value={judges} placeholder='不限' onInput={(e) => setJudges(e.detail.value)} />
            <Text>位</Text>
          </Field>
          <SwitchField label='去掉一个最高分和一个最低分' checked={dropHighLow} onChange={setDropHighLow} />
        </>
      )}
      {!e && <SwitchField label='团体项目（按单位计成绩）' checked={team} onChange={setTeam} />}
      <Field label='名次得分（第 1 名起）'>
        <Input className='input' value={points} onInput={(e) => setPoints(e.detail.value)} />
      </Field>
      <Field inline label='每单位最多报'>
        <Input className='input comp-setup__num' type='number' value={unitLimit} placeholder='默认' onInput={(e) => setUnitLimit(e.detail.value)} />
        <Text>人</Text>
      </Field>
      <Field label='奖项'>
        {prizeInput('first', '一等奖')}
        {prizeInput('second', '二等奖')}
        {prizeInput('third', '三等奖')}
        <SwitchField label='其余名次获优秀奖' checked={others} onChange={setOthers} />
      </Field>
      {saving.error && <Text className='error-text comp-setup__error'>{saving.error.message}</Text>}
      <View className='comp-setup__row'>
        <Button className='btn btn--ghost' onClick={onCancel}>
          取消
        </Button>
        <Button className='btn' disabled={saving.running} onClick={submit}>
          {saving.running ? '保存中…' : e ? '保存修改' : '添加'}
        </Button>
      </View>
    </Card>
  )
}
