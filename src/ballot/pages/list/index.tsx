import { useEffect } from 'react'
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
import { loadSlip, takeBallot } from '../../lib/wallet'
import { kindLabel, roundLabel, STATUS_TEXT, whenLine } from '../../lib/text'
import './index.scss'

/**
 * 投票表决: open ballots first. On opening, the phone takes its ballot (领票) for every one it may
 * vote in, voting or not, so when one took it says nothing about when one votes (docs/anonymity.md).
 */
export default function BallotList() {
  const me = useMe()
  const list = useAction('ballot', 'list')
  const rounds = useAction('ballot', 'rounds')
  usePullToReload(async () => void (await Promise.all([list.reload(), rounds.reload()])))
  const memberId = me.data?.member?.id
  const items = list.data?.items

  useEffect(() => {
    if (!memberId || !items) return
    for (const b of items) if (b.mayVote && b.status !== 'closed' && !loadSlip(b.id, memberId)?.signature) void takeBallot(b, memberId)
  }, [memberId, items])

  const open = (id: string) => void Taro.navigateTo({ url: `/ballot/pages/vote/index?id=${id}` })
  const chair = me.data?.role === 'chair'
  // members see the rounds they may still nominate in; the chair sees every round, to shortlist the closed ones
  const shownRounds = (rounds.data?.items ?? []).filter((r) => chair || r.status !== 'closed')

  return (
    <View className='page ballot-list'>
      {chair && (
        <View className='ballot-list__tools'>
          <Button className='btn' onClick={() => void Taro.navigateTo({ url: '/ballot/pages/create/index' })}>
            发起投票
          </Button>
          <Button className='btn btn--ghost' onClick={() => void Taro.navigateTo({ url: '/ballot/pages/honour/index' })}>
            发起评优推荐
          </Button>
        </View>
      )}
      {shownRounds.length > 0 && (
        <Card title='评优推荐' className='ballot-list__rounds'>
          {shownRounds.map((r) => (
            <ListItem
              key={r.id}
              title={r.title}
              note={`推荐「${r.honour}」 · ${whenLine(r)}`}
              extra={<Tag tone={STATUS_TEXT[r.status].tone}>{roundLabel(r)}</Tag>}
              onClick={() => void Taro.navigateTo({ url: `/ballot/pages/${chair ? 'honour' : 'nominate'}/index?id=${r.id}` })}
            />
          ))}
        </Card>
      )}
      <LoadState state={list}>
        {!items?.length ? (
          <EmptyState title='还没有投票' description='工会发起表决、选举或民主评议时，会出现在这里。' />
        ) : (
          <Card>
            {items.map((b) => {
              const voted = memberId ? loadSlip(b.id, memberId)?.receipt : undefined
              return (
                <ListItem
                  key={b.id}
                  title={b.title}
                  note={`${kindLabel(b)} · ${whenLine(b)}`}
                  extra={
                    <View className='ballot-list__tags'>
                      <Tag tone={STATUS_TEXT[b.status].tone}>{STATUS_TEXT[b.status].label}</Tag>
                      {voted && <Tag tone='ok'>已投</Tag>}
                    </View>
                  }
                  onClick={() => open(b.id)}
                />
              )
            })}
          </Card>
        )}
        <Text className='hint ballot-list__note'>无记名投票：谁投了什么，任何人（包括主席和管理员）都无法知道。</Text>
      </LoadState>
    </View>
  )
}
