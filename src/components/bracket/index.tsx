import { Text, View } from '@tarojs/components'
import type { BracketView, GroupRow, MatchView } from '../../../types/competition'
import { Table, type TableColumn } from '../table'
import './index.scss'

export interface BracketProps {
  bracket: BracketView
  /** given: each match not yet decided (or still correctable) is tappable, to record its score */
  onMatch?: (m: MatchView) => void
  className?: string
}

const side = (m: MatchView, s: 'A' | 'B') => (s === 'A' ? (m.teamA?.name ?? m.waitingA) : (m.teamB?.name ?? m.waitingB)) || '待定'

function MatchRow({ m, onMatch }: { m: MatchView; onMatch?: (m: MatchView) => void }) {
  const played = m.scoreA !== undefined
  const ready = Boolean(m.teamA && m.teamB)
  const tap = onMatch && ready ? () => onMatch(m) : undefined
  return (
    <View className={`bracket__match${tap ? ' bracket__match--tap' : ''}`} onClick={tap}>
      <Text className='bracket__label'>
        {m.label}
        {m.when ? ` · ${m.when}` : ''}
      </Text>
      <View className='bracket__line'>
        <Text className={`bracket__team${m.winner === 'A' ? ' bracket__team--won' : ''}${m.teamA ? '' : ' bracket__team--waiting'}`}>{side(m, 'A')}</Text>
        <Text className='bracket__score'>{played ? `${m.scoreA} : ${m.scoreB}` : tap ? '录入比分' : 'vs'}</Text>
        <Text className={`bracket__team bracket__team--b${m.winner === 'B' ? ' bracket__team--won' : ''}${m.teamB ? '' : ' bracket__team--waiting'}`}>{side(m, 'B')}</Text>
      </View>
    </View>
  )
}

const COLUMNS: TableColumn<GroupRow>[] = [
  { title: '名次', size: 's', align: 'left', cell: (r) => r.rank },
  { title: '队', grow: true, cell: (r) => `${r.team.name}${r.advances ? ' ✓出线' : ''}` },
  { title: '胜平负', align: 'center', cell: (r) => `${r.won}/${r.drawn}/${r.lost}` },
  { title: '净胜', size: 's', align: 'center', cell: (r) => (r.diff > 0 ? `+${r.diff}` : r.diff) },
  { title: '积分', size: 's', align: 'center', cell: (r) => r.points }
]

/** A ball game: group tables with their matches, then the knockout round by round, and the final places once settled. */
export function Bracket({ bracket, onMatch, className }: BracketProps) {
  return (
    <View className={['bracket', className].filter(Boolean).join(' ')}>
      <Text className='bracket__rules'>{bracket.rules}</Text>
      {bracket.places && (
        <View className='bracket__places'>
          <Text className='bracket__heading'>最终名次</Text>
          {bracket.places.map((p) => (
            <Text key={p.team.name} className='bracket__place'>
              第{p.place}名 {p.team.name}
            </Text>
          ))}
        </View>
      )}
      {bracket.groups.map((g) => (
        <View key={g.name || 'table'} className='bracket__group'>
          <Text className='bracket__heading'>{g.name ? `${g.name}组` : '积分榜'}</Text>
          <Table columns={COLUMNS} rows={g.rows} rowKey={(r) => r.team.name} />
          {g.matches.map((m) => (
            <MatchRow key={m.id} m={m} onMatch={onMatch} />
          ))}
        </View>
      ))}
      {bracket.rounds.map((r) => (
        <View key={r.name} className='bracket__round'>
          <Text className='bracket__heading'>{r.name}</Text>
          {r.matches.map((m) => (
            <MatchRow key={m.id} m={m} onMatch={onMatch} />
          ))}
        </View>
      ))}
    </View>
  )
}
