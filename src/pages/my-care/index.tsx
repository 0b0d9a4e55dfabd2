import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { Tag } from '../../components/tag'
import { useAction, useMutation } from '../../hooks/use-action'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { beijingTime } from '../../lib/beijing'
import { yuan } from '../../lib/care-text'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** 工会关怀: the gifts waiting for my 签收 and the care the union has given me; nothing about anyone else. */
export default function MyCare() {
  const mine = useAction('care', 'mine')
  const collect = useMutation('care', 'collect')
  usePullToReload(mine.reload)
  const d = mine.data

  const confirmGift = async (distributionId: string) => {
    const res = await collect.run({ distributionId })
    if (!res.ok) return void Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: res.data.first ? '已确认领取，谢谢' : '之前已确认过', icon: 'none' })
    await mine.reload()
  }

  return (
    <View className='page my-care'>
      <LoadState state={mine}>
        {d && d.gifts.length > 0 && (
          <Card title='福利领取'>
            {d.gifts.map((g) => (
              <View key={g.distributionId} className='my-care__gift'>
                <View className='my-care__gift-text'>
                  <Text className='my-care__gift-title'>{g.title}</Text>
                  <Text className='hint'>{g.gift}</Text>
                  {g.collectedAt && <Text className='hint'>{`${beijingTime(g.collectedAt)} 已领取${g.markedBy ? `（${g.markedBy}经办）` : ''}`}</Text>}
                </View>
                {g.collectedAt ? (
                  <Tag tone='ok'>已领取</Tag>
                ) : (
                  <Button className='btn btn--small my-care__confirm' disabled={collect.running} onClick={() => confirmGift(g.distributionId)}>
                    确认领取
                  </Button>
                )}
              </View>
            ))}
          </Card>
        )}
        <Card title='工会的关怀'>
          {d && d.items.length === 0 ? (
            <EmptyState compact icon='暖' title='还没有慰问记录' description='生病住院、生育、结婚等，工会都会来看望您。' />
          ) : (
            d?.items.map((i) => (
              <ListItem
                key={i.id}
                title={`${i.label} · ${i.date}`}
                note={[i.amount ? `慰问金 ${yuan(i.amount)}` : '', i.gift ?? '', i.visitors.length ? `看望：${i.visitors.join('、')}` : ''].filter(Boolean).join(' · ')}
              />
            ))
          )}
          {d && d.items.length > 0 && <Text className='hint my-care__thanks'>感谢每一位来看望的同事。</Text>}
        </Card>
        {d?.can.manage && (
          <Card>
            <ListItem title='送温暖工作台' note='待走访、登记慰问、福利发放' arrow onClick={go('/officer/pages/care/index')} />
          </Card>
        )}
      </LoadState>
    </View>
  )
}
