import { useEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { Bracket } from '../../components/bracket'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { DrawnImage, routeId } from '../../components/poster'
import { StandingsList } from '../../components/standings-list'
import { UnitTable } from '../../components/unit-table'
import { useAction, useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { useShare } from '../../hooks/use-share'
import { beijing } from '../../lib/beijing'
import { eventLabel } from '../../lib/competition-text'
import { canManage } from '../../lib/labels'
import { shareTitle } from '../../lib/share'
import './index.scss'

/** How often the board asks for new results while it is on screen. */
export const REFRESH_MS = 10_000

const go = (url: string) => () => Taro.navigateTo({ url })

/** 实时成绩: the latest published results and the unit table, refreshing itself every 10 s while visible. */
export default function CompetitionBoard() {
  const id = routeId(useRouter().params) || undefined
  const payload = id ? { competitionId: id } : {}
  const board = useAction('competition', 'board', payload, [id])
  // ball games follow the scores as they are recorded; the unit table counts them once published
  const brackets = useAction('competition', 'brackets', payload, [id])
  const mine = useAction('competition', 'myMatches', payload, [id])
  const comp = board.data?.competition
  // opened without an id it shows the current competition: the shared path names it, so the card keeps showing that one
  const shareId = comp?.id ?? id
  useShare('board', shareTitle('board', comp?.title), shareId ? `/pages/competition-board/index?id=${encodeURIComponent(shareId)}` : '/pages/competition-board/index')
  const me = useMe()
  const poster = useMutation('competition', 'poster')
  const [visible, setVisible] = useState(true)
  const [updatedAt, setUpdatedAt] = useState<Date>()
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  useEffect(() => {
    if (board.data) setUpdatedAt(new Date())
  }, [board.data])
  const reload = async () => {
    await Promise.all([board.reload(), brackets.reload(), mine.reload()])
  }
  const reloadRef = useRef(reload)
  reloadRef.current = reload
  useEffect(() => {
    if (!visible) return
    const timer = setInterval(() => {
      // a browser tab in the background is not "visible" either
      if (typeof document !== 'undefined' && document.hidden) return
      void reloadRef.current()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [visible])

  const published = board.data?.published ?? []
  return (
    <View className='page board'>
      <LoadState state={board}>
        {board.data && !comp && <EmptyState icon='赛' title='暂无比赛' description='比赛开始后，这里实时显示成绩' />}
        {comp && (
          <>
            <View className='board__banner'>
              <Text className='board__title'>{comp.title}</Text>
              <Text className='board__meta'>
                已公布 {board.data?.events.published}/{board.data?.events.total} 项 · 每 10 秒自动刷新{updatedAt ? ` · 更新于 ${beijing(updatedAt).seconds}` : ''}
              </Text>
            </View>
            {(mine.data?.items ?? []).map((m) => (
              <View key={m.matchId} className='board__my-match' onClick={go(`/pages/competition-event/index?id=${m.eventId}`)}>
                <Text className='board__my-match-text'>{m.text}</Text>
                <Text className='board__my-match-meta'>
                  {m.eventName} {m.label} · {m.team.name} 对 {m.opponent?.name ?? '待定'}
                </Text>
              </View>
            ))}
            {(board.data?.open.length ?? 0) > 0 && (
              <Card title='报名中的项目' extra={<Text className='hint'>点项目报名</Text>}>
                {board.data?.open.map((e) => (
                  <ListItem key={e.eventId} title={eventLabel({ name: e.eventName, category: e.category })} extra='报名' onClick={go(`/pages/competition-event/index?id=${e.eventId}`)} />
                ))}
              </Card>
            )}
            <Card
              title='团体总分'
              extra={
                <Text className='link board__more' onClick={go(`/pages/competition-awards/index?id=${comp.id}`)}>
                  获奖名单 ›
                </Text>
              }
            >
              <UnitTable rows={board.data?.table ?? []} bonuses={board.data?.bonuses} />
            </Card>
            {(brackets.data?.items ?? []).map((b) => (
              <Card key={b.eventId} title={`${b.eventName} 对阵`}>
                <Bracket bracket={b} />
              </Card>
            ))}
            <View className='section-title'>最新成绩</View>
            {board.data?.latest.length === 0 && (
              <Card>
                <EmptyState icon='赛' title='还没有公布的成绩' description='成绩经主席审核公布后显示在这里' />
              </Card>
            )}
            {board.data?.latest.map((e) => (
              <Card
                key={e.eventId}
                title={eventLabel({ name: e.eventName, category: e.category })}
                extra={
                  <Text className='link board__more' onClick={go(`/pages/competition-event/index?id=${e.eventId}`)}>
                    全部名次 ›
                  </Text>
                }
              >
                <StandingsList items={e.top} compact />
              </Card>
            ))}
            {published.length > (board.data?.latest.length ?? 0) && (
              <Card title='全部已公布项目'>
                {published.map((e) => (
                  <ListItem key={e.eventId} title={eventLabel({ name: e.eventName, category: e.category })} onClick={go(`/pages/competition-event/index?id=${e.eventId}`)} />
                ))}
              </Card>
            )}
            {canManage(me.data?.role) && (
              <View className='board__tools'>
                <Button className='btn btn--ghost' onClick={go(`/officer/pages/competition-setup/index?id=${comp.id}`)}>
                  项目与报名
                </Button>
                <Button className='btn btn--ghost' onClick={go(`/officer/pages/competition-review/index?id=${comp.id}`)}>
                  {me.data?.role === 'chair' ? '审核公布' : '录入情况'}
                </Button>
              </View>
            )}
            {canManage(me.data?.role) && <DrawnImage label='生成海报' busyLabel='正在生成海报…' ghost make={() => poster.run({ competitionId: comp.id })} />}
          </>
        )}
      </LoadState>
    </View>
  )
}
