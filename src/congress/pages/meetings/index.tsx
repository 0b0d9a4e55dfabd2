import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { shortWhen } from '../../../lib/beijing'
import './index.scss'

/** 教代会: the meetings, newest first; every member opens one to read its proposals. */
export default function Meetings() {
  const me = useMe()
  const list = useAction('congress', 'meetings')
  usePullToReload(list.reload)
  useReloadOnShow(list.reload)
  const items = list.data?.items ?? []
  const who = list.data?.delegate ? '你是教代会代表：可以提交提案、附议，会议当天签到。' : '每件提案、审查意见和答复都向全体会员公开。'

  return (
    <View className='page congress-meetings'>
      {me.data?.role === 'chair' && (
        <Button className='btn congress-meetings__create' onClick={() => void Taro.navigateTo({ url: '/congress/pages/meeting-create/index' })}>
          召开教代会
        </Button>
      )}
      <Text className='hint congress-meetings__who'>{who}</Text>
      <LoadState state={list}>
        {items.length === 0 ? (
          <EmptyState icon='会' title='还没有教代会' description='工会主席召开教代会后，会议和提案会列在这里。' />
        ) : (
          <Card>
            {items.map((m) => (
              <ListItem
                key={m.id}
                title={m.title}
                note={`开会 ${shortWhen(m.heldAt)} · 提案 ${m.proposals} 件`}
                extra={m.cannotSubmit ? undefined : <Tag tone='brand'>征集提案中</Tag>}
                arrow
                onClick={() => void Taro.navigateTo({ url: `/congress/pages/meeting/index?id=${m.id}` })}
              />
            ))}
          </Card>
        )}
      </LoadState>
    </View>
  )
}
