import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'

export interface ReceiptsProps {
  distributionId: string
  /** after a mark, so the list's counts follow */
  onMarked: () => Promise<void>
  /** whether to offer the 签收表 export (the page's can.distribute) */
  exportable: boolean
}

/** One distribution: who is left by unit (tap a name to mark it for them) and the 签收表 export. */
export function Receipts({ distributionId, onMarked, exportable }: ReceiptsProps) {
  const left = useAction('care', 'uncollected', { distributionId }, [distributionId])
  const collect = useMutation('care', 'collect')
  const receipts = useExport('care', 'export')

  const mark = async (memberId: string, name: string) => {
    if (!(await confirm({ title: `为${name}代签？`, content: '请确认物品已交到本人或家属手中。' }))) return
    const res = await collect.run({ distributionId, memberId })
    if (!res.ok) return void Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: `已为${res.data.name}签收`, icon: 'none' })
    await Promise.all([left.reload(), onMarked()])
  }

  const u = left.data
  return (
    <LoadState state={left}>
      {u && (
        <Card title={`${u.distribution.title} · ${u.distribution.gift}`} extra={`已签收 ${u.distribution.collected}/${u.distribution.total}`}>
          {exportable && (
            <Button className='btn btn--ghost' disabled={receipts.running} onClick={() => receipts.run({ distributionId })}>
              {receipts.running ? '正在导出…' : '导出签收表（Excel）'}
            </Button>
          )}
          {u.units.map((g) => (
            <View key={g.unit} className='care-distribution__unit'>
              <Text className='care-distribution__unit-name'>{`${g.unit} · 未领 ${g.left.length}/${g.total}`}</Text>
              {g.left.length === 0 && <Text className='hint'>已全部签收</Text>}
              <View className='care-distribution__names'>
                {g.left.map((m) => (
                  <Text key={m.memberId} className='care-distribution__name' onClick={() => mark(m.memberId, m.name)}>
                    {m.name}
                  </Text>
                ))}
              </View>
            </View>
          ))}
          <Text className='hint'>点姓名可为没有手机的会员代签。</Text>
        </Card>
      )}
    </LoadState>
  )
}
