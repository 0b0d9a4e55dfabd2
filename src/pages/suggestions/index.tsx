import { View } from '@tarojs/components'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'

/** 建议: 号码有奖征集. The submit form and the monthly board land here. */
export default function Suggestions() {
  return (
    <View className='page'>
      <Card>
        <EmptyState icon='议' title='暂无建议' description='有想法尽管说，建议匿名提交，按号码公开答复' />
      </Card>
    </View>
  )
}
