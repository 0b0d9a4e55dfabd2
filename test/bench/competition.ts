/**
 * The competition leaderboard over 5,000 results across 60 events and 30 units, on the local
 * cloud (nedb datafiles in a temp dir). Results are written as recordResult stores them, then each
 * event is published; the figure is the leaderboard action end to end (dispatch, store reads,
 * ranking, shared points, unit table), median of repeated calls, for members (published
 * snapshots) and for officers reviewing drafts (every result read from the store).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { COMP_RESULTS } from '../../cloudfunctions/_shared/collections'
import { collection } from '../../cloudfunctions/_shared/db'
import { keyId, type ResultDoc } from '../../cloudfunctions/competition/data/docs'
import type { Bench, BenchRow } from './types'

const RESULTS_N = 5000
const EVENTS_N = 60
const UNITS_N = 30
const RUNS = 15
const TARGET_MS = 200
const CHAIR = 'bench-chair'

async function call(cloud: LocalCloud, openid: string, event: Record<string, unknown>): Promise<any> {
  const r = await cloud.call('competition', event, openid)
  if (!r.ok) throw new Error(`${String(event.action)} failed: ${r.error.message}`)
  return r.data
}

async function setUp(cloud: LocalCloud): Promise<string> {
  const units = Array.from({ length: UNITS_N }, (_, i) => `单位${i + 1}`)
  const { id: competitionId } = await call(cloud, CHAIR, { action: 'create', title: '基准运动会', units })
  const at = cloud.now().toISOString()
  for (let e = 0; e < EVENTS_N; e++) {
    const kind = (['timed', 'measured', 'judged'] as const)[e % 3]
    const ev = await call(cloud, CHAIR, { action: 'addEvent', competitionId, name: `项目${e}`, kind, team: e % 10 === 0 })
    const count = Math.floor(RESULTS_N / EVENTS_N) + (e < RESULTS_N % EVENTS_N ? 1 : 0)
    for (let i = 0; i < count; i++) {
      // coarse values so ties are common, as with hand timing
      const value = kind === 'timed' ? 12 + (i % 40) / 10 : kind === 'measured' ? 2 + (i % 30) / 20 : 80 + (i % 25) / 2
      const doc: ResultDoc = {
        _id: keyId('result', ev.id, `p${e}-${i}`),
        competitionId,
        eventId: ev.id,
        unit: units[(i * 7 + e) % UNITS_N],
        name: `选手${e}-${i}`,
        value,
        display: String(value),
        history: [],
        recordedAt: at,
        updatedAt: at
      }
      await collection<ResultDoc>(cloud.db, COMP_RESULTS).add({ data: doc })
    }
    await cloud.db
      .collection('comp_events')
      .doc(ev.id)
      .update({ data: { version: count } })
    await call(cloud, CHAIR, { action: 'publish', eventId: ev.id })
  }
  return competitionId
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-competition-'))
  try {
    const cloud = new LocalCloud({ dataDir: dir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true, checkOutputs: false })
    const competitionId = await setUp(cloud)
    const published = await median(() => call(cloud, CHAIR, { action: 'leaderboard', competitionId }))
    const draft = await median(() => call(cloud, CHAIR, { action: 'leaderboard', competitionId, view: 'draft' }))
    const check = await call(cloud, CHAIR, { action: 'leaderboard', competitionId })
    const again = await call(cloud, CHAIR, { action: 'leaderboard', competitionId, view: 'draft' })
    const same = JSON.stringify(check) === JSON.stringify(again)
    const row = (scenario: string, ms: number): BenchRow => ({ scenario, figure: 'median ms', value: ms.toFixed(1), target: `< ${TARGET_MS}`, pass: ms < TARGET_MS && same })
    return [
      row(`competition leaderboard, ${RESULTS_N} results / ${EVENTS_N} events / ${UNITS_N} units (published)`, published),
      row(`competition leaderboard, ${RESULTS_N} results / ${EVENTS_N} events / ${UNITS_N} units (draft, read from store)`, draft)
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
