/**
 * Issue 13's competition crowd at 15 ms a request: eight units' officers enter their 40 members
 * into three events each, all at once (960 entries racing for 10 events × 8 units × 3 places,
 * two individual events a person). Each limit is a counter per (event, unit) and per person,
 * written in the entry's transaction: the crowd spreads over 80 + 320 documents, not one.
 */
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { COMP_ENTRIES } from '../../cloudfunctions/_shared/collections'
import { percentile } from '../support/activity-crowd'
import type { Bench, BenchRow } from './types'

const UNITS = ['语文组', '数学组', '英语组', '理化生组', '体育组', '艺术组', '行政处', '后勤处']
const PER_UNIT = 40
const EVENTS = 10
const UNIT_LIMIT = 3
const PERSON_LIMIT = 2
const CHAIR = 'bench-chair'

type R = { ok: true; data: any } | { ok: false; error: { code: string; message: string } }

async function must(cloud: LocalCloud, fn: string, openid: string, event: Record<string, unknown>): Promise<any> {
  const r = (await cloud.call(fn, event, openid)) as R
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

export const bench: Bench = async () => {
  const cloud = new LocalCloud({ quiet: true, checkOutputs: false, env: { UNION_CHAIR_OPENIDS: CHAIR }, latency: process.env.LOCAL_DB_LATENCY_MS ?? '15' })
  try {
    const rows = UNITS.flatMap((unit) => Array.from({ length: PER_UNIT + 1 }, (_, i) => ({ name: `${unit}${i}`, unit, gender: i % 2 ? 'F' : 'M' })))
    const { created } = await must(cloud, 'member', CHAIR, { action: 'import', members: rows })
    const members = (created as { id: string }[]).map((c, i) => ({ id: c.id, unit: rows[i].unit, officer: i % (PER_UNIT + 1) === 0 }))
    for (const [i, c] of (created as { inviteCode: string }[]).entries())
      if (members[i].officer) await must(cloud, 'member', `officer-${members[i].unit}`, { action: 'bind', inviteCode: c.inviteCode })
    for (const m of members.filter((x) => x.officer)) await must(cloud, 'member', CHAIR, { action: 'setRole', memberId: m.id, role: 'officer' })
    const comp = await must(cloud, 'competition', CHAIR, { action: 'create', title: '秋季运动会', units: UNITS, unitLimit: UNIT_LIMIT, personLimit: PERSON_LIMIT })
    const events: string[] = []
    for (let e = 0; e < EVENTS; e++) events.push((await must(cloud, 'competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: `项目${e + 1}`, kind: 'timed' })).id)

    const athletes = members.filter((m) => !m.officer)
    const calls = athletes.flatMap((m, i) => [0, 1, 2].map((k) => ({ openid: `officer-${m.unit}`, eventId: events[(i + k * 3) % EVENTS], memberId: m.id })))
    const ms: number[] = []
    const replies: R[] = []
    await Promise.all(
      calls.map(async (c) => {
        const t = performance.now()
        replies.push((await cloud.call('competition', { action: 'enter', eventId: c.eventId, memberId: c.memberId }, c.openid)) as R)
        ms.push(performance.now() - t)
      })
    )
    ms.sort((a, b) => a - b)
    const entries = (await cloud.store.datastore(COMP_ENTRIES)).getAllData() as { eventId: string; unit: string; memberId: string }[]
    const perUnit = new Map<string, number>()
    const perPerson = new Map<string, number>()
    for (const e of entries) {
      perUnit.set(`${e.eventId}:${e.unit}`, (perUnit.get(`${e.eventId}:${e.unit}`) ?? 0) + 1)
      perPerson.set(e.memberId, (perPerson.get(e.memberId) ?? 0) + 1)
    }
    const refused = replies.filter((r) => !r.ok) as { ok: false; error: { code: string; message: string } }[]
    const unexplained = refused.filter((r) => r.error.code !== 'CONFLICT')
    const accepted = replies.length - refused.length
    const best = EVENTS * UNITS.length * UNIT_LIMIT
    const scenario = `competition: ${calls.length} entries at once, ${UNIT_LIMIT} a unit an event, ${PERSON_LIMIT} a person`
    const rowsOut: BenchRow[] = [
      {
        scenario,
        figure: 'over a limit',
        value: `${[...perUnit.values()].filter((n) => n > UNIT_LIMIT).length} units, ${[...perPerson.values()].filter((n) => n > PERSON_LIMIT).length} people`,
        target: '0',
        pass: [...perUnit.values(), ...[...perPerson.values()].map((n) => (n > PERSON_LIMIT ? UNIT_LIMIT + 1 : 0))].every((n) => n <= UNIT_LIMIT)
      },
      { scenario, figure: 'entries kept / answered ok', value: `${entries.length} / ${accepted} (at most ${best})`, target: 'equal', pass: entries.length === accepted && accepted <= best },
      {
        scenario,
        figure: 'refusals without a limit named',
        value: unexplained.length ? `${unexplained.length}: ${unexplained[0].error.code} ${unexplained[0].error.message}` : '0',
        target: '0',
        pass: unexplained.length === 0
      },
      {
        scenario,
        figure: 'latency p50 / p99 / max',
        value: `${Math.round(percentile(ms, 50))} / ${Math.round(percentile(ms, 99))} / ${Math.round(ms[ms.length - 1])} ms`,
        target: 'p99 < 1000 ms',
        pass: percentile(ms, 99) < 1000
      },
      { scenario, figure: 'database requests per entry (max)', value: String(Math.max(...(cloud.requestCounts.get('competition.enter') ?? [0]))) }
    ]
    return rowsOut
  } finally {
    await cloud.close()
  }
}
