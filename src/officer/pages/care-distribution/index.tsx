import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { EmptyState } from '../../../components/empty-state'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { confirm } from '../../../components/confirm'
import { useAction, useMutation } from '../../../hooks/use-action'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { audienceText } from '../../../lib/care-text'
import { useRequestId } from '../../../lib/request-id'
import { AudiencePicker, EMPTY_AUDIENCE, audienceOf } from './audience-picker'
import { Receipts } from './receipts'
import './index.scss'

/** 福利发放: start a distribution, see who is left by unit, mark one for a member, export the 签收表. */
export default function CareDistribution() {
  const list = useAction('care', 'distributions')
  const [chosen, setChosen] = useState<string>()
  const [title, setTitle] = useState('')
  const [gift, setGift] = useState('')
  const [audience, setAudience] = useState(EMPTY_AUDIENCE)
  const [requestId, renewRequestId] = useRequestId('d')
  const distribute = useMutation('care', 'distribute')
  const id = chosen ?? list.data?.items[0]?.id ?? ''
  usePullToReload(list.reload)
  useEffect(() => setChosen((c) => c ?? list.data?.items[0]?.id), [list.data])

  const start = async () => {
    const chosen = audienceOf(audience)
    if (!(await confirm({ title: `发给${audienceText(chosen)}？`, content: `${title}：${gift}。发放后每位会员可在手机上确认领取。` }))) return
    const res = await distribute.run({ title: title.trim(), gift: gift.trim(), requestId, ...(chosen ? { audience: chosen } : {}) })
    if (!res.ok) return
    setTitle('')
    setGift('')
    setAudience(EMPTY_AUDIENCE)
    renewRequestId()
    setChosen(res.data.id)
    await list.reload()
  }

  return (
    <View className='page care-distribution'>
      <LoadState state={list}>
        {(list.data?.items.length ?? 0) > 0 && (
          <Card title='发放记录'>
            <ChipGroup options={(list.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.title} ${d.collected}/${d.total}` }))} value={[id]} onChange={(v) => v[0] && setChosen(v[0])} />
          </Card>
        )}
        {id && <Receipts key={id} distributionId={id} onMarked={list.reload} exportable={Boolean(list.data?.can.distribute)} />}
        {list.data?.items.length === 0 && <EmptyState icon='礼' title='还没有发放记录' description='发放后，会员在手机上确认领取，不用再签纸质表。' />}
        {list.data?.can.distribute && (
          <Card title='新的发放'>
            <Field label='名称' required>
              <Input className='input' placeholder='如：中秋慰问品' value={title} onInput={(e) => setTitle(e.detail.value)} />
            </Field>
            <Field label='物品' required>
              <Input className='input' placeholder='如：月饼一盒' value={gift} onInput={(e) => setGift(e.detail.value)} />
            </Field>
            {list.data.choices && <AudiencePicker choices={list.data.choices} value={audience} onChange={setAudience} />}
            {distribute.error && <Text className='error-text'>{distribute.error.message}</Text>}
            <Button className='btn' disabled={distribute.running || !title.trim() || !gift.trim() || (audience.scope === 'units' && !audience.units.length)} onClick={start}>
              {distribute.running ? '正在发放…' : '发放'}
            </Button>
          </Card>
        )}
      </LoadState>
    </View>
  )
}
