import { inUnionTz } from '../../../_shared/clock'
import type { BracketView, MatchView, Team } from '../../../../types/competition-bracket'
import type { BracketDoc } from '../../data/brackets'
import { matchIdOf } from '../../data/brackets'
import type { Source } from './plan'
import { resolveBracket, type Resolved, type ResolvedMatch } from './resolve'
import { TIE_BREAK_TEXT } from './table'

export const resolveDoc = (doc: BracketDoc): Resolved => resolveBracket(doc.plan, doc.scores, { format: doc.format, teams: doc.teams.length, points: doc.points })

/** 15:30 在2号场; another day than `now`'s: 12月3日 15:30 在2号场 (Beijing time). */
export function whenText(at: string | undefined, court: string | undefined, now: Date): string | undefined {
  if (!at && !court) return undefined
  const t = at ? inUnionTz(at) : null
  const time = t ? (t.format('YYYY-MM-DD') === inUnionTz(now).format('YYYY-MM-DD') ? t.format('HH:mm') : t.format('M月D日 HH:mm')) : ''
  return [time, court ? `在${court}` : ''].filter(Boolean).join(' ')
}

function waiting(src: Source, labels: Map<string, string>): string {
  if (!src) return '轮空'
  if ('team' in src) return ''
  if ('group' in src) return `${src.group}组第${src.rank}名`
  if ('winner' in src) return `${labels.get(src.winner) ?? ''} 胜者`
  return `${labels.get(src.loser) ?? ''} 负者`
}

export function matchView(doc: BracketDoc, m: ResolvedMatch, labels: Map<string, string>, now: Date): MatchView {
  const team = (i: number | null): Team | null => (i === null ? null : doc.teams[i])
  const s = doc.schedule[m.code] ?? {}
  const v: MatchView = {
    id: matchIdOf(doc.eventId, m.code),
    code: m.code,
    stage: m.stage,
    label: m.label,
    teamA: team(m.teamA),
    teamB: team(m.teamB),
    waitingA: waiting(m.a, labels),
    waitingB: waiting(m.b, labels)
  }
  if (m.group) v.group = m.group
  if (m.score) Object.assign(v, { scoreA: m.score.a, scoreB: m.score.b, winner: m.winner })
  if (s.at) v.at = s.at
  if (s.court) v.court = s.court
  const when = whenText(s.at, s.court, now)
  if (when) v.when = when
  return v
}

const FORMAT_RULES: Record<BracketDoc['format'], string> = {
  'round-robin': '单循环',
  knockout: '淘汰赛',
  'groups-knockout': '小组循环后淘汰'
}

export function rulesText(doc: BracketDoc): string {
  const p = doc.points
  const parts = [FORMAT_RULES[doc.format]]
  if (doc.format !== 'knockout') parts.push(`胜${p.win}分、平${p.draw}分、负${p.loss}分；${TIE_BREAK_TEXT}`)
  if (doc.format === 'groups-knockout') parts.push(`每组前 ${doc.advance} 名出线`)
  if (doc.format !== 'round-robin') parts.push(doc.thirdPlace ? '设三四名决赛' : '半决赛负者并列第三')
  return parts.join('。')
}

export function bracketView(doc: BracketDoc, eventName: string, editable: boolean, now: Date, resolved = resolveDoc(doc)): BracketView {
  const labels = new Map(resolved.matches.map((m) => [m.code, m.label]))
  const views = resolved.matches.map((m) => matchView(doc, m, labels, now))
  const advance = doc.format === 'groups-knockout' ? doc.advance : 0
  const groups = resolved.groups.map((g) => ({
    name: g.name,
    complete: g.complete,
    matches: views.filter((v) => v.stage === 'group' && (v.group ?? '') === g.name),
    rows: g.lines.map((l, i) => ({
      team: doc.teams[l.team],
      played: l.played,
      won: l.won,
      drawn: l.drawn,
      lost: l.lost,
      for: l.for,
      against: l.against,
      diff: l.diff,
      points: l.points,
      rank: l.rank,
      advances: i < advance
    }))
  }))
  const rounds: BracketView['rounds'] = []
  for (const v of views.filter((x) => x.stage === 'knockout')) {
    const name = v.label.replace(/ \d+$/, '')
    const round = rounds.find((r) => r.name === name)
    if (round) round.matches.push(v)
    else rounds.push({ name, matches: [v] })
  }
  const places = resolved.places ? [...resolved.places.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([t, place]) => ({ place, team: doc.teams[t] })) : null
  return { id: doc._id, eventId: doc.eventId, eventName, format: doc.format, rules: rulesText(doc), teams: doc.teams, groups, rounds, places, editable }
}
