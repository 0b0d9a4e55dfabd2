import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CareOccasion, CareRule } from '../../../../types/care'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijingTime } from '../../../lib/beijing'
import { yuan } from '../../../lib/care-text'
import './index.scss'

type Draft = Record<string, { amount: string; cap: string; dueDays: string }>
const FIELDS: { key: keyof CareRule; label: string }[] = [
  { key: 'amount', label: '标准（元）' },
  { key: 'cap', label: '每年上限（元）' },
  { key: 'dueDays', label: '走访天数' }
]

/** 慰问标准: per occasion the standard amount, the yearly cap and the days to visit; the chair edits, a change applies from then on. */
export default function CareRules() {
  const rules = useAction('care', 'rules')
  const save = useMutation('care', 'setRules')
  const [draft, setDraft] = useState<Draft>({})
  const editable = rules.data?.can.setRules
  useEffect(() => {
    const d: Draft = {}
    for (const r of rules.data?.items ?? []) d[r.occasion] = { amount: String(r.amount), cap: String(r.cap), dueDays: String(r.dueDays) }
    setDraft(d)
  }, [rules.data])

  const submit = async () => {
    const payload: Partial<Record<CareOccasion, CareRule>> = {}
    for (const r of rules.data?.items ?? []) {
      const d = draft[r.occasion]
      payload[r.occasion] = { amount: Number(d.amount), cap: Number(d.cap), dueDays: Number(d.dueDays) }
    }
    const res = await save.run(payload)
    if (!res.ok) return
    Taro.showToast({ title: '已保存，对新登记的慰问生效', icon: 'none' })
    await rules.reload()
  }

  return (
    <View className='page care-rules'>
      <LoadState state={rules}>
        {rules.data?.items.map((r) => (
          <Card key={r.occasion} title={r.label}>
            {editable ? (
              <View className='care-rules__row'>
                {FIELDS.map((f) => (
                  <View key={f.key} className='care-rules__cell'>
                    <Text className='hint'>{f.label}</Text>
                    <Input
                      className='input'
                      type='number'
                      value={draft[r.occasion]?.[f.key] ?? ''}
                      onInput={(e) => setDraft((d) => ({ ...d, [r.occasion]: { ...d[r.occasion], [f.key]: e.detail.value } }))}
                    />
                  </View>
                ))}
              </View>
            ) : (
              <Text className='care-rules__text'>{`标准 ${yuan(r.amount)} · 每人每年不超过 ${yuan(r.cap)} · ${r.dueDays} 天内走访`}</Text>
            )}
          </Card>
        ))}
        <Text className='hint care-rules__source'>{rules.data?.source}</Text>
        {rules.data?.updatedAt && <Text className='hint care-rules__source'>{`上次修改：${beijingTime(rules.data.updatedAt)}`}</Text>}
        {save.error && <Text className='error-text'>{save.error.message}</Text>}
        {editable && (
          <Button className='btn' disabled={save.running} onClick={submit}>
            保存
          </Button>
        )}
      </LoadState>
    </View>
  )
}
