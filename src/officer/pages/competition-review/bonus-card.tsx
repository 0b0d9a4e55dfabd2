import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Bonus } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { UnitTable } from '../../../components/unit-table'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useRequestId } from '../../../lib/request-id'
import { pointsText } from '../../../lib/competition-text'

export interface BonusCardProps {
  competitionId: string
  units: string[]
  /** only the chair gives or changes bonuses; officers see the table */
  chair: boolean
}

const REASONS = ['开幕式方阵', '组织奖', '精神文明奖'].map((r) => ({ value: r, label: r }))
const signed = (p: number) => (p > 0 ? `+${pointsText(p)}` : pointsText(p))

/** 团体总分 with 奖励分: the table members see, and (chair) bonuses given, changed or taken back, each with its reason. */
export function BonusCard({ competitionId, units, chair }: BonusCardProps) {
  const table = useAction('competition', 'leaderboard', { competitionId }, [competitionId])
  const list = useAction('competition', 'bonuses', { competitionId }, [competitionId])
  const save = useMutation('competition', 'bonus')
  const remove = useMutation('competition', 'removeBonus')
  const [unit, setUnit] = useState('')
  const [points, setPoints] = useState('')
  const [reason, setReason] = useState('')
  const [editing, setEditing] = useState<Bonus>()
  // one per bonus being written: a double tap or a retry adds it once
  const [requestId, renewRequestId] = useRequestId('bonus')
  const reload = () => Promise.all([table.reload(), list.reload()])

  const reset = () => {
    setUnit('')
    setPoints('')
    setReason('')
    setEditing(undefined)
    renewRequestId()
  }
  const edit = (b: Bonus) => {
    setEditing(b)
    setUnit(b.unit)
    setPoints(String(b.points))
    setReason(b.reason)
  }
  const submit = async () => {
    if (!unit) return Taro.showToast({ title: '请选择单位', icon: 'none' })
    const res = await save.run({ competitionId, unit, points: points.trim() === '' ? Number.NaN : Number(points), reason, requestId, ...(editing ? { id: editing.id } : {}) })
    Taro.showToast({ title: res.ok ? `${res.data.unit} ${signed(res.data.points)} 分已${editing ? '修改' : '计入团体总分'}` : res.error.message, icon: 'none' })
    if (res.ok) reset()
    void reload()
  }
  const drop = async (b: Bonus) => {
    if (!(await confirm({ title: `删除${b.unit}的${b.reason}？`, content: `团体总分中${b.unit}减去 ${pointsText(b.points)} 分。`, confirmText: '删除', cancelText: '不删除' }))) return
    const res = await remove.run({ id: b.id })
    Taro.showToast({ title: res.ok ? '已删除' : res.error.message, icon: 'none' })
    if (editing?.id === b.id) reset()
    void reload()
  }

  return (
    <Card className='comp-review__bonus' title='团体总分（会员所见）'>
      <LoadState state={table}>
        <UnitTable rows={table.data?.items ?? []} />
      </LoadState>
      <Text className='hint comp-review__bonus-tip'>奖励分计入总分，并单列在「奖励」一栏，会员能看到原因</Text>
      {(list.data?.items ?? []).map((b) => (
        <ListItem
          key={b.id}
          title={`${b.unit} ${signed(b.points)} 分`}
          note={`${b.reason} · ${b.by}`}
          extra={
            chair ? (
              <View className='comp-review__bonus-tools'>
                <Text className='link' onClick={() => edit(b)}>
                  修改
                </Text>
                <Text className='link' onClick={() => drop(b)}>
                  删除
                </Text>
              </View>
            ) : undefined
          }
        />
      ))}
      {chair && (
        <View className='comp-review__bonus-form'>
          <Text className='comp-review__bonus-head'>{editing ? `修改${editing.unit}的${editing.reason}` : '加奖励分'}</Text>
          <Field label='单位' required>
            <ChipGroup options={units.map((u) => ({ value: u, label: u }))} value={unit ? [unit] : []} onChange={(v) => setUnit(v[0] ?? '')} />
          </Field>
          <Field label='原因' required hint='点选常用原因，或自己填写'>
            <ChipGroup options={REASONS} value={REASONS.some((r) => r.value === reason) ? [reason] : []} onChange={(v) => setReason(v[0] ?? '')} />
            <Input className='input comp-review__bonus-reason' value={reason} maxlength={30} placeholder='如 开幕式方阵' onInput={(e) => setReason(e.detail.value)} />
          </Field>
          <Field label='分数' required hint='扣分填负数，如 -2'>
            <Input className='input' type='digit' value={points} placeholder='如 3' onInput={(e) => setPoints(e.detail.value)} />
          </Field>
          <Button className='btn' disabled={save.running} onClick={submit}>
            {save.running ? '保存中…' : editing ? '保存修改' : '计入团体总分'}
          </Button>
          {editing && (
            <Button className='btn btn--ghost' onClick={reset}>
              不修改了
            </Button>
          )}
        </View>
      )}
    </Card>
  )
}
