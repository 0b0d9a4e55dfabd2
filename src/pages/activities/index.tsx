import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActivityCard } from '../../components/activity-card'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { CompetitionLink } from '../../components/competition-link'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { isNotBound } from '../../lib/bind-route'
import { canManage } from '../../lib/labels'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** 活动: what is open for sign-up first, then coming and past; my own status on each. */
export default function Activities() {
  const me = useMe()
  const list = useAction('activity', 'list')
  useReloadOnShow(list.reload)
  usePullToReload(list.reload)
  const items = list.data?.items ?? []
  const officer = canManage(me.data?.role)

  if (isNotBound(list.error)) {
    return (
      <View className='page activities'>
        <Card>
          <BindPrompt title='绑定后报名活动' back='/pages/activities/index' />
        </Card>
      </View>
    )
  }

  return (
    <View className='page activities'>
      <CompetitionLink />
      <View className='activities__bar'>
        <Text className='link activities__mine' onClick={go('/pages/my-activities/index')}>
          我的活动 ›
        </Text>
        {officer && (
          <Button className='btn btn--small' onClick={go('/officer/pages/activity-edit/index')}>
            发起活动
          </Button>
        )}
      </View>
      <LoadState state={list}>
        {items.length === 0 ? (
          <Card>
            <EmptyState icon='活' title='暂无活动' description='运动会、春游等活动开放报名后，会显示在这里' />
          </Card>
        ) : (
          items.map((a) => <ActivityCard key={a.id} activity={a} onClick={go(`/pages/activity-detail/index?id=${a.id}`)} />)
        )}
      </LoadState>
    </View>
  )
}
