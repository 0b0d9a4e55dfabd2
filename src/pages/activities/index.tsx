import { View } from '@tarojs/components'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { CompetitionLink } from '../../components/competition-link'

/** 活动: sign-ups for sports days and outings. The activity list lands here. */
export default function Activities() {
  return (
    <View className='page'>
      <CompetitionLink />
      <Card>
        <EmptyState icon='活' title='暂无活动' description='运动会、春游等活动开放报名后，会显示在这里' />
      </Card>
    </View>
  )
}
