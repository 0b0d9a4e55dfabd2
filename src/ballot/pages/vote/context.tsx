import { Text, View } from '@tarojs/components'
import type { Ballot } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { beijingDate } from '../../../lib/beijing'
import { ruleLine } from '../../lib/text'

/** What a voter should know before voting: the rule, the meeting, their rater group. */
export function ContextLines({ ballot: b }: { ballot: Ballot }) {
  const group = b.group !== undefined ? b.raterGroups?.[b.group] : undefined
  return (
    <>
      {b.meeting && <Text className='hint vote__meta'>{`会议表决：${b.meeting.title}，请在会场签到后投票`}</Text>}
      {b.kind === 'motion' && <Text className='hint vote__meta'>{ruleLine(b)}</Text>}
      {b.raterGroups && (
        <Text className='hint vote__meta'>
          {group ? `你在「${group.name}」评议组，每张评议票按 ${group.weight} 计；选票只注明评议组，不带你的身份` : `评议组：${b.raterGroups.map((g) => `${g.name} ×${g.weight}`).join('，')}`}
        </Text>
      )}
    </>
  )
}

/** 整改 recorded after earlier ratings of these subjects, to weigh before rating again. */
export function Rectifications({ ballot: b }: { ballot: Ballot }) {
  return (
    <>
      {b.rectifications && b.rectifications.length > 0 && (
        <Card title='上次评议后的整改事项'>
          {b.rectifications.map((r) => (
            <View key={r.id} className='vote__rectification'>
              <Text className='vote__rectification-subject'>{r.subject}</Text>
              <Text>{r.item}</Text>
              <Text className='hint'>{`${r.ballotTitle} · ${beijingDate(r.at)} 记录`}</Text>
            </View>
          ))}
        </Card>
      )}
    </>
  )
}
