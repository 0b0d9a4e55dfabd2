import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { RecordResultInput } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm } from '../../../components/confirm'
import { Corrections } from '../../../components/corrections'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { StandingsList } from '../../../components/standings-list'
import { useAction, useMutation } from '../../../hooks/use-action'
import { eventLabel, parseScores, STATUS_LABEL, valueHint } from '../../../lib/competition-text'
import './index.scss'

type Mode = 'entry' | 'manual'
const MODES = [
  { value: 'entry' as Mode, label: '报名名单' },
  { value: 'manual' as Mode, label: '手动填写' }
]

/** 陈思远 · 语文组, and ✓ 12.50秒 once they have a result. */
const chipLabel = (e: { name: string; unit: string }, display?: string) => `${e.name} · ${e.unit}${display ? ` ✓ ${display}` : ''}`

/** 录入成绩: pick an entrant, type the result; recording again corrects it. Waits for the chair to publish. */
export default function CompetitionRecord() {
  const eventId = useRouter().params.eventId ?? ''
  const got = useAction('competition', 'entries', { eventId }, [eventId])
  const draft = useAction('competition', 'standings', { eventId, view: 'draft' }, [eventId])
  const history = useAction('competition', 'history', { eventId }, [eventId])
  const record = useMutation('competition', 'recordResult')
  const [mode, setMode] = useState<Mode>('entry')
  const [entryId, setEntryId] = useState<string>()
  const [unit, setUnit] = useState<string>()
  const [name, setName] = useState('')
  const [value, setValue] = useState('')
  const event = got.data?.event
  const entries = got.data?.items ?? []
  const byEntry = mode === 'entry' && !event?.team
  const results = draft.data?.items ?? []
  /** The result already recorded for a member, or for a unit and name typed by hand (a team: its name or the unit's). */
  const resultOf = (who: { unit?: string; memberId?: string; name?: string }) =>
    who.memberId ? results.find((r) => r.memberId === who.memberId) : results.find((r) => !r.memberId && r.unit === who.unit && r.name === (who.name ?? who.unit))

  const submit = async () => {
    const chosen = entries.find((e) => e.id === entryId)
    const who = byEntry ? (chosen ? { unit: chosen.unit, memberId: chosen.memberId } : {}) : { unit, ...(name.trim() ? { name: name.trim() } : {}) }
    const result = event?.kind === 'judged' ? { scores: parseScores(value) } : { value }
    const had = resultOf(who)
    // a second save for the same athlete replaces their result: ask, so a slip of the chip doesn't overwrite it
    if (had && !(await confirm({ title: `更正${had.name}的成绩？`, content: `${had.name}已有成绩 ${had.display}，保存将改为新成绩（修改记录会保留）。`, confirmText: '更正' }))) return
    // nobody picked yet: sent without a unit, so the server's BAD_REQUEST (请先选择运动员) is the message shown
    const res = await record.run({ eventId, ...who, ...result } as RecordResultInput)
    if (!res.ok) return
    Taro.showToast({ title: res.data.corrected ? `已更正为 ${res.data.display}` : `已录入 ${res.data.display}`, icon: 'none' })
    setValue('')
    // nobody stays picked: the next result typed must not land on the athlete just saved
    setEntryId(undefined)
    setName('')
    void Promise.all([draft.reload(), history.reload()])
  }

  return (
    <View className='page comp-record'>
      <LoadState state={got}>
        {event && (
          <>
            <Card title={eventLabel(event)} extra={STATUS_LABEL[draft.data?.event.status ?? event.status]}>
              {!event.team && <ChipGroup options={MODES} value={[mode]} onChange={([m]) => setMode(m)} />}
              {byEntry ? (
                <View className='comp-record__pick'>
                  {entries.length === 0 && <EmptyState compact title='还没有人报名' description='可先去报名，或选“手动填写”' />}
                  <ChipGroup options={entries.map((e) => ({ value: e.id, label: chipLabel(e, resultOf(e)?.display) }))} value={entryId ? [entryId] : []} onChange={([v]) => setEntryId(v)} />
                </View>
              ) : (
                <View className='comp-record__pick'>
                  <ChipGroup options={(got.data?.units ?? []).map((u) => ({ value: u, label: u }))} value={unit ? [unit] : []} onChange={([u]) => setUnit(u)} />
                  <Input className='input comp-record__name' value={name} placeholder={event.team ? '队名（可不填）' : '运动员姓名'} onInput={(e) => setName(e.detail.value)} />
                </View>
              )}
              <Input className='input comp-record__value' value={value} placeholder={valueHint(event)} onInput={(e) => setValue(e.detail.value)} />
              {record.error && <Text className='error-text comp-record__error'>{record.error.message}</Text>}
              <Button className='btn' disabled={record.running} onClick={submit}>
                {record.running ? '保存中…' : '保存成绩'}
              </Button>
              <Text className='hint comp-record__hint'>带 ✓ 的已有成绩；同一人再次保存即为更正，会先确认，修改记录会保留；成绩经主席审核公布后会员才能看到。</Text>
            </Card>
            <Card title='当前名次（未公布）'>
              <LoadState state={draft}>{(d) => (d.items.length ? <StandingsList items={d.items} team={event.team} /> : <EmptyState compact title='还没有成绩' />)}</LoadState>
            </Card>
            <Corrections items={history.data?.items ?? []} />
          </>
        )}
      </LoadState>
    </View>
  )
}
