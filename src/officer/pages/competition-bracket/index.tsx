import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { BracketFormat, MatchView } from '../../../../types/competition'
import { Bracket } from '../../../components/bracket'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijingDate, fromBeijing } from '../../../lib/beijing'
import './index.scss'

const FORMATS = [
  { value: 'knockout' as BracketFormat, label: '淘汰赛' },
  { value: 'round-robin' as BracketFormat, label: '单循环' },
  { value: 'groups-knockout' as BracketFormat, label: '小组赛+淘汰赛' }
]
const YES_NO = [
  { value: 'no', label: '不设三四名决赛' },
  { value: 'yes', label: '设三四名决赛' }
]

/** 对阵与比分: draw up a ball game's bracket (the units picked, in the competition's order as seeds), then tap a match to record its score or set its time and court. */
export default function CompetitionBracket() {
  const eventId = useRouter().params.eventId ?? ''
  const got = useAction('competition', 'brackets', { eventId }, [eventId])
  // the competition's units, to pick the teams from
  const setup = useAction('competition', 'entries', { eventId }, [eventId])
  const units = setup.data?.units ?? []
  const [picked, setPicked] = useState<string[]>()
  const teams = units.filter((u) => (picked ?? units).includes(u))
  const create = useMutation('competition', 'bracket')
  const record = useMutation('competition', 'recordMatch')
  const schedule = useMutation('competition', 'scheduleMatch')
  const [format, setFormat] = useState<BracketFormat>('knockout')
  const [third, setThird] = useState('no')
  const [groupSize, setGroupSize] = useState('4')
  const [advance, setAdvance] = useState('2')
  const [match, setMatch] = useState<MatchView>()
  const [a, setA] = useState('')
  const [b, setB] = useState('')
  const [time, setTime] = useState('')
  const [court, setCourt] = useState('')
  const bracket = got.data?.items[0]

  const draw = async () => {
    // before the units have loaded: the server's default, every unit
    const res = await create.run({
      eventId,
      format,
      ...(units.length ? { teams } : {}),
      thirdPlace: third === 'yes',
      ...(format === 'groups-knockout' ? { groupSize: Number(groupSize), advance: Number(advance) } : {})
    })
    if (res.ok) void got.reload()
  }
  const pick = (m: MatchView) => {
    setMatch(m)
    // the score form sits at the top: a match tapped far down the group stage must not open it out of sight
    Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
    setA(m.scoreA === undefined ? '' : String(m.scoreA))
    setB(m.scoreB === undefined ? '' : String(m.scoreB))
    setTime(m.at ? ((m.when ?? '').split(' ').find((x) => /^\d\d:\d\d$/.test(x)) ?? '') : '')
    setCourt(m.court ?? '')
  }
  const save = async () => {
    if (!match) return
    const res = await record.run({ matchId: match.id, scoreA: a === '' ? (undefined as unknown as number) : Number(a), scoreB: b === '' ? (undefined as unknown as number) : Number(b) })
    if (!res.ok) return
    Taro.showToast({ title: res.data.cleared.length ? `已保存；${res.data.cleared.join('、')}的比分需重新录入` : '比分已保存', icon: 'none' })
    setMatch(undefined)
    void got.reload()
  }
  const plan = async () => {
    if (!match) return
    const at = /^\d{1,2}:\d\d$/.test(time.trim()) ? fromBeijing(beijingDate(new Date().toISOString()), time.trim().padStart(5, '0')) : null
    if (time.trim() && !at) return Taro.showToast({ title: '时间请写成 15:30', icon: 'none' })
    const res = await schedule.run({ matchId: match.id, at, court: court.trim() || null })
    if (!res.ok) return
    Taro.showToast({ title: res.data.when ? `已安排 ${res.data.when}` : '已清除时间场地', icon: 'none' })
    void got.reload()
  }

  return (
    <View className='page comp-bracket'>
      <LoadState state={got}>
        {got.data && !bracket && (
          <Card title='编排对阵'>
            <Text className='hint'>{`参赛队 ${teams.length} 支（点单位可去掉或加回）；按单位顺序作为种子，队数不是 2、4、8…时种子靠前的队首轮轮空。`}</Text>
            <ChipGroup multiple options={units.map((u) => ({ value: u, label: u }))} value={teams} onChange={setPicked} />
            <ChipGroup options={FORMATS} value={[format]} onChange={([f]) => setFormat(f)} />
            {format !== 'round-robin' && <ChipGroup options={YES_NO} value={[third]} onChange={([v]) => setThird(v)} />}
            {format === 'groups-knockout' && (
              <View className='comp-bracket__nums'>
                <Text>每组队数</Text>
                <Input className='input comp-bracket__num' type='number' value={groupSize} onInput={(e) => setGroupSize(e.detail.value)} />
                <Text>每组出线</Text>
                <Input className='input comp-bracket__num' type='number' value={advance} onInput={(e) => setAdvance(e.detail.value)} />
              </View>
            )}
            {create.error && <Text className='error-text'>{create.error.message}</Text>}
            <Button className='btn' loading={create.running} onClick={draw}>
              生成对阵表
            </Button>
          </Card>
        )}
        {bracket && (
          <>
            {match && (
              <Card title={`${match.label}：${match.teamA?.name} 对 ${match.teamB?.name}`}>
                <View className='comp-bracket__nums'>
                  <Input className='input comp-bracket__num' type='number' placeholder={match.teamA?.name} value={a} onInput={(e) => setA(e.detail.value)} />
                  <Text>:</Text>
                  <Input className='input comp-bracket__num' type='number' placeholder={match.teamB?.name} value={b} onInput={(e) => setB(e.detail.value)} />
                </View>
                {record.error && <Text className='error-text'>{record.error.message}</Text>}
                <Button className='btn' loading={record.running} disabled={!bracket.editable} onClick={save}>
                  保存比分
                </Button>
                <View className='comp-bracket__nums'>
                  <Input className='input comp-bracket__num' placeholder='时间 15:30' value={time} onInput={(e) => setTime(e.detail.value)} />
                  <Input className='input comp-bracket__num' placeholder='场地 2号场' value={court} onInput={(e) => setCourt(e.detail.value)} />
                </View>
                {schedule.error && <Text className='error-text'>{schedule.error.message}</Text>}
                <Button className='btn btn--ghost' loading={schedule.running} onClick={plan}>
                  安排时间场地（今天）
                </Button>
              </Card>
            )}
            {!bracket.editable && <Text className='hint'>成绩已公布，比分不能再改。</Text>}
            <Card title={`${bracket.eventName} 对阵`} extra={bracket.editable ? <Text className='hint'>点比赛录入比分</Text> : undefined}>
              <Bracket bracket={bracket} onMatch={bracket.editable ? pick : undefined} />
            </Card>
          </>
        )}
      </LoadState>
    </View>
  )
}
