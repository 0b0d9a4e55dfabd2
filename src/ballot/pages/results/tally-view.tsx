import { Text, View } from '@tarojs/components'
import type { Ballot } from '../../../../types/ballot'
import type { Tally } from '../../../../types/ballot-count'
import { Tag } from '../../../components/tag'
import { BASIS_TEXT } from '../../lib/text'

const Row = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <View className={`tally__row${strong ? ' tally__row--strong' : ''}`}>
    <Text className='tally__label'>{label}</Text>
    <Text className='tally__value'>{value}</Text>
  </View>
)

/** The recount, in words a meeting reads out: 同意 12 票 … 通过. */
export function TallyView({ ballot: b, tally: t }: { ballot: Ballot; tally: Tally }) {
  if (t.kind === 'motion') {
    return (
      <View className='tally'>
        <View className='tally__verdict'>
          <Tag tone={t.passed ? 'ok' : 'warn'} solid>
            {t.passed ? '通过' : '未通过'}
          </Tag>
          <Text className='hint'>
            同意 {t.counts[0]} 票，{BASIS_TEXT[t.basis ?? (t.rule === 'eligible' ? 'electorate' : 'cast')]} {t.base} 人，需超过 {Math.floor(t.base / 2)} 票
          </Text>
        </View>
        {b.options.map((o, i) => (
          <Row key={o} label={o} value={`${t.counts[i]} 票`} />
        ))}
      </View>
    )
  }
  if (t.kind === 'poll' || t.kind === 'election') {
    const elected = t.kind === 'election' ? new Set(t.elected) : new Set<number>()
    return (
      <View className='tally'>
        {t.kind === 'election' && (
          <Text className='tally__verdict-text'>
            当选：{t.elected.length ? t.elected.map((i) => b.options[i]).join('、') : '无'}
            {t.tie ? `；${t.tie.candidates.map((i) => b.options[i]).join('、')} 票数相同，争夺最后 ${t.tie.seats} 个名额，需再次投票决定` : ''}
          </Text>
        )}
        {b.options.map((o, i) => (
          <Row key={o} label={elected.has(i) ? `${o}（当选）` : o} value={`${t.counts[i]} 票`} strong={elected.has(i)} />
        ))}
      </View>
    )
  }
  if (!t.subjects) return null
  return (
    <View className='tally'>
      {t.subjects.map((s) => (
        <View key={s.name} className='tally__subject'>
          <Row label={s.name} value={`平均 ${s.mean.toFixed(2)} 分`} strong />
          {s.criteria.map((c) => (
            <Row key={c.name} label={c.name} value={`${c.mean.toFixed(2)} 分 · ${(b.scale ?? []).map((g, i) => `${g} ${Math.round(c.shares[i] * 100)}%`).join(' ')}`} />
          ))}
        </View>
      ))}
      {t.groups && (
        <View className='tally__group'>
          <Text className='hint'>按评议组加权：{t.groups.map((g) => `${g.name} ×${g.weight}`).join('，')}</Text>
          {t.groups.map((g) => (
            <Row key={g.name} label={`${g.name}（${g.voters} 人）`} value={g.subjects ? g.subjects.map((s) => `${s.name} ${s.mean.toFixed(2)} 分`).join('；') : '不足 5 人，不公布'} />
          ))}
        </View>
      )}
      <Text className='hint'>分数：最好的等级计 {(b.scale ?? []).length} 分，依次递减，最差计 1 分。</Text>
    </View>
  )
}
