/**
 * Ball-game brackets at 15 ms a database request: a 32-team knockout and an 8×4 group stage (then
 * a 16-team knockout), every match recorded through recordMatch. Figures, median of repeated calls:
 * the bracket recomputed from its scores (`brackets`), and the deciding score recorded (`recordMatch`
 * on the final, alternating the winner so every call rewrites the top two places as results).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import type { Bench, BenchRow } from './types'

const RUNS = 9
const TARGET_MS = 200
const CHAIR = 'bench-chair'

async function call(cloud: LocalCloud, event: Record<string, unknown>): Promise<any> {
  const r = await cloud.call('competition', event, CHAIR)
  if (!r.ok) throw new Error(`${String(event.action)} failed: ${r.error.message}`)
  return r.data
}

type M = { id: string; label: string; teamA: unknown; teamB: unknown; scoreA?: number }
const matches = (b: { groups: { matches: M[] }[]; rounds: { matches: M[] }[] }): M[] => [...b.groups.flatMap((g) => g.matches), ...b.rounds.flatMap((r) => r.matches)]

async function median(fn: (i: number) => Promise<unknown>): Promise<number> {
  await fn(-1)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

async function scenario(cloud: LocalCloud, competitionId: string, name: string, format: Record<string, unknown>): Promise<BenchRow[]> {
  const { id: eventId } = await call(cloud, { action: 'addEvent', competitionId, name, kind: 'judged', team: true })
  let b = await call(cloud, { action: 'bracket', eventId, ...format })
  for (;;) {
    const ready = matches(b).filter((m) => m.teamA && m.teamB && m.scoreA === undefined && m.label !== '决赛')
    if (!ready.length) break
    for (const m of ready) await call(cloud, { action: 'recordMatch', matchId: m.id, scoreA: 21, scoreB: 15 })
    b = (await call(cloud, { action: 'brackets', eventId })).items[0]
  }
  const final = matches(b).find((m) => m.label === '决赛') as M
  const record = await median((i) => call(cloud, { action: 'recordMatch', matchId: final.id, scoreA: i % 2 ? 15 : 21, scoreB: i % 2 ? 21 : 15 }))
  const view = await median(() => call(cloud, { action: 'brackets', eventId }))
  const first = JSON.stringify(await call(cloud, { action: 'brackets', eventId }))
  const same = first === JSON.stringify(await call(cloud, { action: 'brackets', eventId }))
  const placed = JSON.parse(first).items[0].places?.length === 32
  const row = (what: string, ms: number): BenchRow => ({ scenario: `${name}: ${what}`, figure: 'median ms', value: ms.toFixed(1), target: `< ${TARGET_MS}`, pass: ms < TARGET_MS && same && placed })
  return [row('bracket recomputed (brackets)', view), row('final recorded, places rewritten as results (recordMatch)', record)]
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bracket-'))
  try {
    const cloud = new LocalCloud({ dataDir: dir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true, checkOutputs: false })
    const units = Array.from({ length: 32 }, (_, i) => `单位${i + 1}`)
    const { id: competitionId } = await call(cloud, { action: 'create', title: '基准球类赛', units })
    return [
      ...(await scenario(cloud, competitionId, '32-team knockout', { format: 'knockout', thirdPlace: true })),
      ...(await scenario(cloud, competitionId, '8×4 groups then knockout', { format: 'groups-knockout', groupSize: 4, advance: 2 }))
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
