import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { choicesKey, count, type Tally } from '../../../../types/ballot-count'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { useShare } from '../../../hooks/use-share'
import { shareTitle } from '../../../lib/share'
import { loadSlip } from '../../lib/wallet'
import { describeChoices, shortReceipt } from '../../lib/text'
import { ChairActions } from './chair-actions'
import { ObjectionForm } from './objection-form'
import { TallyView } from './tally-view'
import './index.scss'

/**
 * 结果: recounted on this phone from every published ballot (the figures shown are the recount,
 * not the server's), and 已验证 when this phone's receipt is there with its choices.
 */
export default function Results() {
  const id = useRouter().params.id ?? ''
  const me = useMe()
  const res = useAction('ballot', 'results', { id }, [id])
  useShare('ballot', shareTitle('ballot', res.data?.ballot.title), `/ballot/pages/results/index?id=${encodeURIComponent(id)}`)
  const memberId = me.data?.member?.id
  const slip = memberId ? loadSlip(id, memberId) : null

  return (
    <View className='page ballot-results'>
      <LoadState state={res}>
        {(r) => {
          const mine = slip?.receipt ? r.ballots?.find((x) => x.receipt === slip.receipt) : undefined
          // weighted groups: the recount needs each ballot's group, which is left off when a group is under 5 (then the weighted figures are the server's)
          const labelled = r.ballots && (!r.ballot.raterGroups || r.ballots.every((x) => x.group !== undefined))
          const recount = labelled
            ? count(
                // the count's spec: a motion at a meeting counts against those checked in
                { ...r.ballot, presentAt: r.ballot.electorate.presentAt },
                r.ballots!.map((x) => ({ ...x.choices, group: x.group })),
                r.eligible,
                r.delegates
              )
            : null
          return (
            <>
              <Card title={r.ballot.title}>
                <Text className='hint'>
                  {r.ballot.meeting ? `${r.ballot.meeting.title}：到会代表 ${r.eligible} 人` : `应投 ${r.eligible} 人`}，收回 {r.ballots?.length ?? r.voted} 票{recount ? '（本机逐票重新计数）' : ''}
                </Text>
                {r.ballots && <TallyView ballot={r.ballot} tally={recount ?? (r.tally as Tally)} />}
                {r.withheld && <Text className='ballot-results__withheld'>{r.withheld}</Text>}
              </Card>
              {r.objection?.open && <ObjectionForm title={r.ballot.title} objection={r.objection} />}
              {me.data?.role === 'chair' && <ChairActions results={r} />}
              {slip?.receipt && r.ballots && (
                <Card title='核对我的选票'>
                  {mine && slip.choices && choicesKey(mine.choices) === choicesKey(slip.choices) ? (
                    <Tag tone='ok' solid>
                      已验证：你的选票已计入
                    </Tag>
                  ) : (
                    <Tag tone='warn' solid>
                      {mine ? '回执在列，但内容与本机记录不同，请告知工会主席' : '没有找到你的回执，请告知工会主席'}
                    </Tag>
                  )}
                  <Text className='hint ballot-results__receipt'>回执 {shortReceipt(slip.receipt)}</Text>
                </Card>
              )}
              {r.ballots && r.ballots.length > 0 && (
                <Card title={`全部选票（${r.ballots.length} 张，按回执排序）`}>
                  {r.ballots.map((x) => (
                    <Text key={x.receipt} className={`ballot-results__slip${x.receipt === slip?.receipt ? ' ballot-results__slip--mine' : ''}`}>
                      {`${shortReceipt(x.receipt)}  ${describeChoices(r.ballot, x.choices)}`}
                    </Text>
                  ))}
                </Card>
              )}
            </>
          )
        }}
      </LoadState>
    </View>
  )
}
