import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import type { Category, EventKind, Measure } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
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

interface Props {
  competitionId: string
  onDone: () => void
  onCancel: () => void
}

/** 添加项目: name, category, kind, team, points per place, judging rules and the prize mapping. */
export function EventForm({ competitionId, onDone, onCancel }: Props) {
  const add = useMutation('competition', 'addEvent')
  const [name, setName] = useState('')
  const [category, setCategory] = useState<Category>('混合')
  const [kind, setKind] = useState<EventKind>('timed')
  const [measure, setMeasure] = useState<Measure>('m')
  const [team, setTeam] = useState(false)
  const [points, setPoints] = useState('7-5-4-3-2-1')
  const [unitLimit, setUnitLimit] = useState('')
  const [maxScore, setMaxScore] = useState('100')
  const [judges, setJudges] = useState('')
  const [dropHighLow, setDropHighLow] = useState(false)
  const [prizes, setPrizes] = useState({ first: '1', second: '1', third: '1' })
  const [others, setOthers] = useState(false)

  const submit = async () => {
    const judged = kind === 'judged' ? { maxScore: num(maxScore), judges: num(judges), dropHighLow } : {}
    const res = await add.run({
      competitionId,
      name,
      category,
      kind,
      team,
      points: pointsOf(points),
      ...(kind === 'measured' ? { measure } : {}),
      ...judged,
      unitLimit: num(unitLimit),
      prizes: { first: num(prizes.first) ?? 0, second: num(prizes.second) ?? 0, third: num(prizes.third) ?? 0, others }
    })
    if (res.ok) onDone()
  }
  const prizeInput = (k: keyof typeof prizes, label: string) => (
    <Field inline label={label}>
      <Input className='input comp-setup__num' type='number' value={prizes[k]} onInput={(e) => setPrizes((p) => ({ ...p, [k]: e.detail.value }))} />
      <Text>个名次</Text>
    </Field>
  )

  return (
    <Card title='添加项目'>
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
      <SwitchField label='团体项目（按单位计成绩）' checked={team} onChange={setTeam} />
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
      {add.error && <Text className='error-text comp-setup__error'>{add.error.message}</Text>}
      <View className='comp-setup__row'>
        <Button className='btn btn--ghost' onClick={onCancel}>
          取消
        </Button>
        <Button className='btn' disabled={add.running} onClick={submit}>
          {add.running ? '添加中…' : '添加'}
        </Button>
      </View>
    </Card>
  )
}
