import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RATING_LABELS, type Proposal } from '../../../../types/congress'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { useShare } from '../../../hooks/use-share'
import { beijingDate, shortWhen } from '../../../lib/beijing'
import { shareTitle } from '../../../lib/share'
import { statusTone } from '../../lib/text'
import { AnswerStep, DecideStep, RateStep, SecondStep } from './steps'
import './index.scss'

function Line({ label, children }: { label: string; children: string }) {
  return (
    <View className='proposal__line'>
      <Text className='proposal__label'>{label}</Text>
      <Text className='proposal__text'>{children}</Text>
    </View>
  )
}

/** The step waiting now, and why the caller may not take it (the server's words): shown instead of a button. */
function whyNow(p: Proposal): string | undefined {
  if (p.status === 'seeking') return p.why.second
  if (p.status === 'committee') return p.why.decide
  if (p.status === 'accepted') return p.why.answer
  if (p.status === 'answered') return p.why.rate
  return undefined
}

/** One 提案 as committees print it, and the one step the caller may take on it now. */
export default function ProposalPage() {
  const id = useRouter().params.id ?? ''
  const got = useAction('congress', 'get', { id }, [id])
  const [fresh, setFresh] = useState<Proposal>()
  usePullToReload(async () => {
    setFresh(undefined)
    await got.reload()
  })
  const p = fresh ?? got.data
  const done = (next: Proposal) => setFresh(next)
  useShare('proposal', shareTitle('proposal', p?.title), `/congress/pages/proposal/index?id=${encodeURIComponent(id)}`)

  return (
    <View className='page proposal'>
      <LoadState state={got}>
        {p && (
          <>
            <View className='proposal__head'>
              <Text className='proposal__title'>{p.title}</Text>
              <Tag tone={statusTone(p)}>{p.overdueDays > 0 ? `答复超期 ${p.overdueDays} 天` : p.statusLabel}</Tag>
            </View>
            <Card>
              <Line label='提案号'>{`第 ${p.number} 号${p.category ? ` · ${p.category}` : ''}`}</Line>
              <Line label='提案人'>{`${p.proposer.name}（${p.proposer.unit}）`}</Line>
              <Line label='附议人'>
                {p.seconders.length ? `${p.seconders.map((s) => s.name).join('、')}（${p.seconders.length}/${p.secondsNeeded}）` : `还没有（需 ${p.secondsNeeded} 位代表附议）`}
              </Line>
              {p.fromSuggestion && <Line label='来自建议箱'>{`${p.fromSuggestion.number} 号建议：${p.fromSuggestion.content}`}</Line>}
              <Line label='理由'>{p.reason}</Line>
              <Line label='建议措施'>{p.measures}</Line>
            </Card>
            {p.decision && (
              <Card title='立案意见'>
                <Line label='结果'>{p.decision.decision === 'accepted' ? '立案' : p.decision.decision === 'rejected' ? '不立案' : `并入第 ${p.decision.mergedInto} 号提案`}</Line>
                <Line label='意见'>{p.decision.reason}</Line>
                {/* both optional when accepting: 待定 until the committee names them */}
                {p.decision.decision === 'accepted' && <Line label='承办部门'>{p.decision.department ?? '待定'}</Line>}
                {p.decision.decision === 'accepted' && <Line label='答复期限'>{p.decision.dueAt ? beijingDate(p.decision.dueAt) : '待定'}</Line>}
              </Card>
            )}
            {p.answers.map((a, i) => (
              <Card key={a.at} title={p.answers.length > 1 ? `第 ${i + 1} 次答复` : '答复'} extra={shortWhen(a.at)}>
                <Text className='proposal__text'>{a.answer}</Text>
              </Card>
            ))}
            {p.rating && (
              <Card title='提案人评价'>
                <Line label='满意度'>{`${RATING_LABELS[p.rating.rating]}${p.rating.comment ? `：${p.rating.comment}` : ''}`}</Line>
              </Card>
            )}
            {p.can.second && <SecondStep proposal={p} onDone={done} />}
            {p.can.decide && <DecideStep proposal={p} onDone={done} />}
            {p.can.answer && <AnswerStep proposal={p} onDone={done} />}
            {p.can.rate && <RateStep proposal={p} onDone={done} />}
            {whyNow(p) && <Text className='hint proposal__why'>{whyNow(p)}</Text>}
          </>
        )}
      </LoadState>
    </View>
  )
}
