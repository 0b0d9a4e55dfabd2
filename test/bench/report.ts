/**
 * report.year and the .docx over a school union's year at 15 ms a database request: 1,200 members
 * (imported through the member function), then a year of records written straight into the local
 * store as the other functions store them (seeding 27,000 records through the functions at 15 ms
 * a request would take the bench an hour): 100 activities with 6,000 sign-ups, 300 suggestions,
 * 60 proposals, 800 care records and 15,000 greetings.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { ACTIVITIES, CARE_RECORDS, CONGRESS_MEETINGS, CONGRESS_PROPOSALS, GREETINGS, MEMBERS, SIGNUPS, SUGGESTIONS } from '../../cloudfunctions/_shared/collections'
import type { Bench, BenchRow } from './types'

const CHAIR = 'bench-chair'
const YEAR = 2026
const UNITS = ['语文组', '数学组', '英语组', '理化生组', '政史地组', '体艺组', '行政处', '后勤处']
const TARGET_MS = 3000
const pad = (n: number) => String(n).padStart(2, '0')
/** An instant on day d (0–359) of the year, 10:00 Beijing */
const dayAt = (d: number, hour = 2) => new Date(Date.UTC(YEAR, 0, 1 + d, hour)).toISOString()
const monthOf = (d: number) => dayAt(d).slice(0, 7)

async function seed(cloud: LocalCloud): Promise<void> {
  const people = Array.from({ length: 1200 }, (_, i) => ({ name: `会员${i + 1}`, unit: UNITS[i % UNITS.length], gender: i % 2 ? 'F' : 'M', birthday: `1975-${pad((i % 12) + 1)}-10` }))
  for (let i = 0; i < people.length; i += 500) {
    const r = await cloud.call('member', { action: 'import', members: people.slice(i, i + 500) }, CHAIR)
    if (!r.ok) throw new Error(`import failed: ${r.error.message}`)
  }
  const ds = (name: string) => cloud.store.datastore(name)
  const members = (await ds(MEMBERS)).getAllData() as { _id: string; name: string; unit: string }[]
  const at = new Date(Date.UTC(YEAR, 0, 1)).toISOString()
  const insert = async (name: string, docs: Record<string, unknown>[]) => {
    const store = await ds(name)
    for (let i = 0; i < docs.length; i += 2000) await store.insertAsync(docs.slice(i, i + 2000))
  }
  const activities = Array.from({ length: 100 }, (_, i) => ({ _id: `a${i}`, title: `活动${i + 1}`, startAt: dayAt(i * 3 + 2), createdAt: at, status: 'open' }))
  await insert(ACTIVITIES, activities)
  await insert(
    SIGNUPS,
    Array.from({ length: 6000 }, (_, i) => {
      const a = i % 100
      const m = members[(i * 7) % members.length]
      return {
        _id: `s${i}`,
        activityId: `a${a}`,
        memberId: m._id,
        name: m.name,
        unit: m.unit,
        batch: 'b',
        status: 'confirmed',
        seq: i,
        answers: {},
        signedUpAt: dayAt(a * 3),
        ...(i % 3 ? { attended: true, attendedAt: dayAt(a * 3 + 2, 3) } : {})
      }
    })
  )
  await insert(
    SUGGESTIONS,
    Array.from({ length: 300 }, (_, i) => ({
      _id: `g${i}`,
      number: `N${i}`,
      month: monthOf(i),
      content: '建议',
      category: 'other',
      status: i % 3 ? 'adopted' : 'received',
      reply: i % 3 ? '已采纳' : null,
      steps: [],
      claimHash: `h${i}`
    }))
  )
  await insert(CONGRESS_MEETINGS, [{ _id: 'cm1', title: '教代会', proposalOpensAt: dayAt(60), proposalClosesAt: dayAt(80), heldAt: dayAt(90), seconds: 0, code: '1234', count: 60, createdAt: at }])
  await insert(
    CONGRESS_PROPOSALS,
    Array.from({ length: 60 }, (_, i) => ({
      _id: `p${i}`,
      meetingId: 'cm1',
      number: i + 1,
      title: `提案${i + 1}`,
      reason: '理由',
      measures: '措施',
      proposer: { memberId: members[i]._id, name: members[i].name, unit: members[i].unit },
      seconders: [],
      status: i % 2 ? 'rated' : 'committee',
      ...(i % 2
        ? {
            decision: { decision: 'accepted', reason: '立案', dueAt: dayAt(120), at: dayAt(91), by: 'x' },
            answers: [{ answer: '已办', at: dayAt(100), by: 'x' }],
            rating: { rating: 'satisfied', at: dayAt(101) }
          }
        : { answers: [] }),
      reopened: false,
      createdAt: dayAt(70),
      updatedAt: dayAt(70)
    }))
  )
  const occasions = ['illness', 'birth', 'wedding', 'bereavement', 'retirement', 'festival']
  await insert(
    CARE_RECORDS,
    Array.from({ length: 800 }, (_, i) => {
      const m = members[i % members.length]
      const date = dayAt(i % 360).slice(0, 10)
      return { _id: `c${i}`, memberId: m._id, name: m.name, unit: m.unit, occasion: occasions[i % occasions.length], date, year: YEAR, amount: 200, visitors: [], createdAt: at }
    })
  )
  await insert(
    GREETINGS,
    Array.from({ length: 15000 }, (_, i) => {
      const date = dayAt(i % 360).slice(0, 10)
      return { _id: `w${i}`, memberId: members[i % members.length]._id, occasion: 'birthday', date, month: date.slice(0, 7), title: '生日快乐', text: '祝你生日快乐', createdAt: at, push: 'none' }
    })
  )
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'))
  const cloud = new LocalCloud({ dataDir: dir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true })
  const scenario = 'report over a year: 1,200 members, 100 activities, 6,000 sign-ups'
  const out: BenchRow[] = []
  try {
    cloud.setClock(`${YEAR + 1}-01-05T02:00:00.000Z`)
    await seed(cloud)
    const t0 = performance.now()
    const y = await cloud.call('report', { action: 'year', year: YEAR }, CHAIR)
    const ms = performance.now() - t0
    if (!y.ok) throw new Error(`year failed: ${y.error.message}`)
    const figures = Object.fromEntries((y.data as { sections: { figures: { key: string; value: number }[] }[] }).sections.flatMap((s) => s.figures.map((f) => [f.key, f.value])))
    const counted = [figures.signups, figures.suggestions, figures.proposals, figures.care, figures.greetings].join(' / ')
    out.push(
      { scenario, figure: 'sign-ups / suggestions / proposals / care / greetings counted', value: counted, target: '6000 / 300 / 60 / 800 / 15000', pass: counted === '6000 / 300 / 60 / 800 / 15000' },
      { scenario, figure: 'report.year', value: `${(ms / 1000).toFixed(2)} s`, target: `< ${TARGET_MS / 1000} s`, pass: ms < TARGET_MS }
    )
    const t1 = performance.now()
    const d = await cloud.call('report', { action: 'export', year: YEAR, format: 'docx' }, CHAIR)
    const docxMs = performance.now() - t1
    const limit = cloud.timeoutOf('report')
    out.push({ scenario, figure: 'report.export docx (3 charts)', value: `${(docxMs / 1000).toFixed(2)} s`, target: `< ${limit} s (timeout)`, pass: d.ok && docxMs < limit * 1000 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return out
}
