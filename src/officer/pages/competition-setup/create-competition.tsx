import { useEffect, useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'

const num = (s: string) => (s.trim() === '' ? undefined : Number(s))

/** 新建比赛: a title, the competing units (from the roster's units), and the entry limits. */
export function CreateCompetition() {
  const roster = useAction('member', 'list')
  const create = useMutation('competition', 'create')
  const rosterUnits = useMemo(() => [...new Set((roster.data?.items ?? []).map((m) => m.unit))].filter((u) => u !== '退休'), [roster.data])
  const [title, setTitle] = useState('')
  const [units, setUnits] = useState<string[]>([])
  const [unitLimit, setUnitLimit] = useState('2')
  const [personLimit, setPersonLimit] = useState('2')
  useEffect(() => setUnits(rosterUnits), [rosterUnits])

  const submit = async () => {
    const res = await create.run({ title, units, unitLimit: num(unitLimit), personLimit: num(personLimit) })
    if (res.ok) Taro.redirectTo({ url: `/officer/pages/competition-setup/index?id=${res.data.id}` })
  }

  return (
    <View className='page comp-setup'>
      <Card title='比赛名称'>
        <Input className='input' value={title} maxlength={40} placeholder='例如：2026年秋季教职工运动会' onInput={(e) => setTitle(e.detail.value)} />
      </Card>
      <Card title='参赛单位' extra={`${units.length} 个`}>
        <LoadState state={roster}>
          <ChipGroup options={rosterUnits.map((u) => ({ value: u, label: u }))} value={units} multiple onChange={setUnits} />
        </LoadState>
      </Card>
      <Card title='报名限制'>
        <Field inline label='每单位每项最多'>
          <Input className='input comp-setup__num' type='number' value={unitLimit} onInput={(e) => setUnitLimit(e.detail.value)} />
          <Text>人</Text>
        </Field>
        <Field inline label='每人最多报个人项目'>
          <Input className='input comp-setup__num' type='number' value={personLimit} onInput={(e) => setPersonLimit(e.detail.value)} />
          <Text>项</Text>
        </Field>
      </Card>
      {create.error && <Text className='error-text comp-setup__error'>{create.error.message}</Text>}
      <Button className='btn' disabled={create.running} onClick={submit}>
        {create.running ? '创建中…' : '创建比赛'}
      </Button>
    </View>
  )
}
