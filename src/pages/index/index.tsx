import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { NoticeCategory } from '../../../types/notice'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { ChipGroup } from '../../components/chip-group'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { NoticeRow } from '../../components/notice-row'
import { Tabs } from '../../components/tabs'
import { useAction } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { isNotBound } from '../../lib/bind-route'
import { canManage } from '../../lib/labels'
import { categoryLabel, CATEGORIES } from '../../lib/notice-text'
import { askSubscribe } from '../../services/subscribe'
import { useActivitiesBadge } from '../activities/badge'
import './index.scss'

type Filter = NoticeCategory | 'all'
const FILTERS: { value: Filter; label: string }[] = [{ value: 'all', label: '全部' }, ...CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))]

/** What the search box holds, passed on once typing pauses: one call per word, not per keystroke. */
function useSettled(value: string, ms = 400): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return settled
}

/** 首页: the chair's notices for me, pinned first then newest, unread marked; searchable, and 往年 by year. */
export default function Index() {
  const [filter, setFilter] = useState<Filter>('all')
  const [typed, setTyped] = useState('')
  const [year, setYear] = useState('all')
  const q = useSettled(typed).trim()
  const me = useMe()
  // 首页 is where a member starts: the 活动 tab shows a badge when something new opened for them
  useActivitiesBadge()
  const list = useAction('notice', 'list', { ...(filter === 'all' ? {} : { category: filter }), ...(q ? { q } : {}), ...(year === 'all' ? {} : { year: Number(year) }) }, [filter, q, year])
  // coming back from a notice clears its unread mark; after 绑定 the list appears
  useReloadOnShow(() => Promise.all([list.reload(), me.reload()]))
  usePullToReload(list.reload)

  const items = list.data?.items ?? []
  const unread = items.filter((n) => n.unread).length
  // no member behind this phone (FORBIDDEN), or no identity at all in H5 (UNAUTHENTICATED)
  const unbound = isNotBound(list.error)
  // 往年: offered once there is more than one year to choose from
  const years = list.data?.years ?? []
  const yearOptions = [{ value: 'all', label: '全部年份' }, ...years.map((y) => ({ value: String(y), label: `${y} 年` }))]
  const clear = () => setTyped('')

  const subscribe = async () => {
    const res = await askSubscribe('notice')
    Taro.showToast({ title: res.ok ? (res.data.grants > 0 ? `已订阅，可提醒 ${res.data.grants} 次` : '未订阅') : res.error.message, icon: 'none' })
  }

  return (
    <View className='page home'>
      <View className='home__banner'>
        <View className='home__heading'>
          <Text className='home__title'>工会通知</Text>
          <Text className='home__subtitle'>{list.data ? (q ? `找到 ${items.length} 条` : unread ? `${unread} 条未读` : '都已读过') : '通知、校务公开、财务公开、表彰'}</Text>
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
          {canManage(me.data?.role) && (
            <View className='home__tools'>
              <Button className='btn home__tool' onClick={() => Taro.navigateTo({ url: '/officer/pages/workbench/index' })}>
                工作台
              </Button>
              {me.data?.role === 'chair' && (
                <Button className='btn btn--ghost home__tool' onClick={() => Taro.navigateTo({ url: '/officer/pages/notice-publish/index' })}>
                  发布通知
                </Button>
              )}
            </View>
          )}
          <View className='home__search'>
            <Input className='input home__search-input' value={typed} placeholder='搜索通知：标题或正文里的字' maxlength={30} onInput={(e) => setTyped(e.detail.value)} />
            {typed && (
              <Text className='link home__search-clear' onClick={clear}>
                清除
              </Text>
            )}
          </View>
          <Tabs options={FILTERS} value={filter} onChange={setFilter} />
          {(years.length > 1 || year !== 'all') && <ChipGroup className='home__years' options={yearOptions} value={[year]} onChange={([y]) => setYear(y)} />}
          <Card>
            <LoadState state={list}>
              {items.length === 0 &&
                (q ? (
                  <EmptyState
                    icon='搜'
                    title={`没有找到“${q}”`}
                    description={year === 'all' ? '换个词试试，比如通知里的一个词' : `${year} 年没有，换个年份或换个词试试`}
                    actionText='清除搜索'
                    onAction={clear}
                  />
                ) : (
                  <EmptyState
                    icon='通'
                    title='暂无通知'
                    description={filter === 'all' ? (year === 'all' ? '工会发布的通知和校务公开会显示在这里' : `${year} 年没有通知`) : `还没有${categoryLabel(filter)}`}
                  />
                ))}
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
