import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { NoticeCategory } from '../../../types/notice'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { NoticeRow } from '../../components/notice-row'
import { Tabs } from '../../components/tabs'
import { useAction } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { isNotBound } from '../../lib/bind-route'
import { categoryLabel, CATEGORIES } from '../../lib/notice-text'
import { askSubscribe } from '../../services/subscribe'
import './index.scss'

type Filter = NoticeCategory | 'all'
const FILTERS: { value: Filter; label: string }[] = [{ value: 'all', label: '全部' }, ...CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))]

/** 首页: the chair's notices for me, pinned first then newest, unread marked. */
export default function Index() {
  const [filter, setFilter] = useState<Filter>('all')
  const me = useMe()
  const list = useAction('notice', 'list', filter === 'all' ? {} : { category: filter }, [filter])
  // coming back from a notice clears its unread mark; after 绑定 the list appears
  useReloadOnShow(() => Promise.all([list.reload(), me.reload()]))
  usePullToReload(list.reload)

  const items = list.data?.items ?? []
  const unread = items.filter((n) => n.unread).length
  // no member behind this phone (FORBIDDEN), or no identity at all in H5 (UNAUTHENTICATED)
  const unbound = isNotBound(list.error)

  const subscribe = async () => {
    const res = await askSubscribe('notice')
    Taro.showToast({ title: res.ok ? (res.data.grants > 0 ? `已订阅，可提醒 ${res.data.grants} 次` : '未订阅') : res.error.message, icon: 'none' })
  }

  return (
    <View className='page home'>
      <View className='home__banner'>
        <View className='home__heading'>
          <Text className='home__title'>工会通知</Text>
          <Text className='home__subtitle'>{list.data ? (unread ? `${unread} 条未读` : '都已读过') : '通知、校务公开、财务公开、表彰'}</Text>
        </View>
        {!unbound && (
          <Text className='home__subscribe' onClick={subscribe}>
            订阅提醒
          </Text>
        )}
      </View>
      {unbound ? (
        <Card>
          <BindPrompt title='绑定后查看通知' back='/pages/index/index' />
        </Card>
      ) : (
        <>
          <Tabs options={FILTERS} value={filter} onChange={setFilter} />
          {me.data?.role === 'chair' && (
            <Button className='btn home__publish' onClick={() => Taro.navigateTo({ url: '/officer/pages/notice-publish/index' })}>
              发布通知
            </Button>
          )}
          <Card>
            <LoadState state={list}>
              {items.length === 0 && <EmptyState icon='通' title='暂无通知' description={filter === 'all' ? '工会发布的通知和校务公开会显示在这里' : `还没有${categoryLabel(filter)}`} />}
              {items.map((n) => (
                <NoticeRow key={n.id} notice={n} onClick={() => Taro.navigateTo({ url: `/pages/notice/index?id=${n.id}` })} />
              ))}
            </LoadState>
          </Card>
        </>
      )}
    </View>
  )
}
