import { useMemo, useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HIDDEN_TAGS, KNOWN_TAGS } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field, SwitchField } from '../../../components/field'
import { FieldEditor } from '../../../components/field-editor'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { newField, payloadOf, type ActivityDraft, type BatchDraft } from '../../../lib/activity-draft'
import { useRequestId } from '../../../lib/request-id'
import { AllocationCard, allocationDraftOf, allocationPayload, type AllocationDraft } from './allocation-card'
import { CompetitionLinkCard, competitionPayload } from './competition-link-card'

const GENDERS = [
  { value: '' as const, label: '不限' },
  { value: 'F' as const, label: '女职工' },
  { value: 'M' as const, label: '男职工' }
]
const RETIRED = [
  { value: '' as const, label: '不限' },
  { value: 'no' as const, label: '在职' },
  { value: 'yes' as const, label: '退休' }
]

function When({ label, mode, value, onChange }: { label: string; mode: 'date' | 'time'; value: string; onChange: (v: string) => void }) {
  return (
    <Field inline label={label}>
      <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='input activity-edit__pick'>{value || '不设'}</View>
      </Picker>
    </Field>
  )
}

export interface ActivityFormProps {
  /** The activity being edited; none for a new one. */
  id?: string
  initial: ActivityDraft
  /** The allocation settings (lottery, priority, offerHours) of the activity edited. */
  allocation?: AllocationDraft
  /** The competition the activity edited is linked to (a sports day). */
  competitionId?: string
}

/** The activity's form: 发布活动 creates it, 保存修改 updates the one with id. */
export function ActivityForm({ id, initial, allocation, competitionId }: ActivityFormProps) {
  const [d, setD] = useState<ActivityDraft>(initial)
  const [alloc, setAlloc] = useState<AllocationDraft>(allocation ?? allocationDraftOf())
  const [linked, setLinked] = useState(competitionId ?? '')
  // one per form: a publish retried after a lost reply answers the same activity, not a second one
  const [requestId] = useRequestId('a')
  const roster = useAction('member', 'list')
  const create = useMutation('activity', 'create')
  const update = useMutation('activity', 'update')
  const saving = create.running || update.running
  const error = (id ? update : create).error?.message
  const units = useMemo(() => [...new Set((roster.data?.items ?? []).map((m) => m.unit))], [roster.data])
  // the tags DESIGN names and any the chair added, never a hidden one (it would out the members carrying it)
  const tags = useMemo(() => [...new Set([...KNOWN_TAGS, ...(roster.data?.items ?? []).flatMap((m) => m.tags ?? [])])].filter((t) => !HIDDEN_TAGS.includes(t)), [roster.data])
  const set = <K extends keyof ActivityDraft>(k: K, v: ActivityDraft[K]) => setD((x) => ({ ...x, [k]: v }))
  const setBatch = (i: number, b: Partial<BatchDraft>) =>
    set(
      'batches',
      d.batches.map((x, j) => (j === i ? { ...x, ...b } : x))
    )

  const submit = async () => {
    const link = competitionPayload(linked, Boolean(competitionId))
    const res = id
      ? await update.run({ id, ...payloadOf(d, true), ...allocationPayload(alloc, true), ...link })
      : await create.run({ ...payloadOf(d, false), ...allocationPayload(alloc, false), ...link, requestId })
    if (!res.ok) return
    Taro.showToast({ title: id ? '已保存' : '已发布', icon: 'success' })
    if (id) Taro.navigateBack()
    else Taro.redirectTo({ url: `/pages/activity-detail/index?id=${res.data.id}` })
  }

  return (
    <>
      <Card title='活动'>
        <Input className='input' value={d.title} maxlength={40} placeholder='标题，例如：周末登山' onInput={(e) => set('title', e.detail.value)} />
        <Input className='input activity-edit__gap' value={d.place} maxlength={40} placeholder='地点' onInput={(e) => set('place', e.detail.value)} />
        <Textarea className='textarea activity-edit__desc' value={d.description} maxlength={2000} placeholder='说明：安排、注意事项' onInput={(e) => set('description', e.detail.value)} />
      </Card>
      <Card title='时间'>
        <When label='日期' mode='date' value={d.date} onChange={(v) => set('date', v)} />
        <When label='开始' mode='time' value={d.startTime} onChange={(v) => set('startTime', v)} />
        <When label='结束' mode='time' value={d.endTime} onChange={(v) => set('endTime', v)} />
        <When label='报名截止日期' mode='date' value={d.closeDate} onChange={(v) => set('closeDate', v)} />
        <When label='报名截止时间' mode='time' value={d.closeTime} onChange={(v) => set('closeTime', v)} />
      </Card>
      <Card title='名额'>
        <SwitchField label='分批（多个场次，各自名额）' checked={d.batched} onChange={(v) => set('batched', v)} />
        {!d.batched && <Input className='input activity-edit__capacity' type='number' value={d.capacity} placeholder='人数，不填为不限' onInput={(e) => set('capacity', e.detail.value)} />}
        {d.batched &&
          d.batches.map((b, i) => (
            <View key={b.key ?? `new-${i}`} className='activity-edit__batch'>
              <Input className='input activity-edit__batch-label' value={b.label} maxlength={20} placeholder={`场次 ${i + 1} 名称`} onInput={(e) => setBatch(i, { label: e.detail.value })} />
              <Input className='input activity-edit__batch-cap' type='number' value={b.capacity} placeholder='名额' onInput={(e) => setBatch(i, { capacity: e.detail.value })} />
              <Text
                className='link activity-edit__remove'
                onClick={() =>
                  set(
                    'batches',
                    d.batches.filter((_, j) => j !== i)
                  )
                }
              >
                删除
              </Text>
            </View>
          ))}
        {d.batched && (
          <Text className='link activity-edit__add' onClick={() => set('batches', [...d.batches, { label: '', capacity: '' }])}>
            + 添加场次
          </Text>
        )}
        <SwitchField label='报满后可候补' checked={d.waitlist} onChange={(v) => set('waitlist', v)} />
      </Card>
      <AllocationCard value={alloc} editing={Boolean(id)} onChange={setAlloc} />
      <CompetitionLinkCard value={linked} onChange={setLinked} />
      <Card title='报名条件'>
        <ChipGroup options={GENDERS} value={[d.gender]} onChange={([v]) => set('gender', v)} />
        <ChipGroup className='activity-edit__gap' options={RETIRED} value={[d.retired]} onChange={([v]) => set('retired', v)} />
        <Text className='hint activity-edit__hint'>只限部分部门时选择部门，不选为全体</Text>
        <ChipGroup options={units.map((u) => ({ value: u, label: u }))} value={d.units} multiple onChange={(v) => set('units', v)} />
        <Text className='hint activity-edit__hint'>只限带某个标签的会员（如教代会代表）时选择标签，不选为不限</Text>
        <ChipGroup className='activity-edit__tags' options={tags.map((t) => ({ value: t, label: t }))} value={d.tags} multiple onChange={(v) => set('tags', v)} />
      </Card>
      <Card title='各部门名额' extra='不填为不限'>
        <LoadState state={roster}>
          {units.map((u) => (
            <Field key={u} inline label={u}>
              <Input className='input activity-edit__quota-input' type='number' value={d.quotas[u] ?? ''} placeholder='不限' onInput={(e) => set('quotas', { ...d.quotas, [u]: e.detail.value })} />
            </Field>
          ))}
        </LoadState>
      </Card>
      <Card title='报名时填写'>
        {d.fields.length === 0 && <Text className='hint'>例如 衣服尺码、参赛项目、携带家属人数</Text>}
        {d.fields.map((f, i) => (
          <FieldEditor
            key={f.key}
            field={f}
            onChange={(nf) =>
              set(
                'fields',
                d.fields.map((x, j) => (j === i ? nf : x))
              )
            }
            onRemove={() =>
              set(
                'fields',
                d.fields.filter((_, j) => j !== i)
              )
            }
          />
        ))}
        <Text className='link activity-edit__add' onClick={() => set('fields', [...d.fields, newField(d.fields)])}>
          + 添加填写项
        </Text>
      </Card>
      {error && <Text className='error-text activity-edit__error'>{error}</Text>}
      <Button className='btn' disabled={saving || !d.title.trim()} onClick={submit}>
        {saving ? '保存中…' : id ? '保存修改' : '发布活动'}
      </Button>
    </>
  )
}
