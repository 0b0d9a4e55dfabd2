import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../components/card'
import { ListItem } from '../../components/list-item'
import type { MyNumber } from '../../services/my-numbers'

const claim = (number?: string) => () => Taro.navigateTo({ url: number ? `/pages/suggestion-claim/index?number=${encodeURIComponent(number)}` : '/pages/suggestion-claim/index' })

/** 我的建议号码: the numbers this phone kept, with their claim codes, and how to claim from any phone. */
export function MyNumbersCard({ numbers }: { numbers: MyNumber[] }) {
  return (
    <Card title='我的建议号码' extra={`${numbers.length} 个`}>
      {numbers.length === 0 && <Text className='hint'>这部手机还没有提交过建议，提交后号码和认领码会保存在这里。</Text>}
      {numbers.map((n) => (
        <ListItem key={n.number} title={`${n.number}号`} note={`${n.month.replace('-', '年')}月 · 认领码 ${n.claimCode}`} arrow onClick={claim(n.number)} />
      ))}
      <View className='mine__claim-hint'>
        <Text className='hint'>{numbers.length ? '号码和认领码只存在这部手机上，工会也查不到是谁提的。请抄下认领码：' : ''}换了手机，也能在“认领奖品”里输入号码和认领码领奖。</Text>
        <Text className='link' onClick={claim()}>
          去认领奖品 ›
        </Text>
      </View>
    </Card>
  )
}
