/**
 * The flash crowd of issue 5, over the local cloud's HTTP interface: n members bound, one activity
 * with `capacity` places and a waitlist, everyone taps 报名 at once, then `cancels` confirmed
 * members cancel at once. Shared by the benchmark (1,000 for 100) and the correctness test.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { createLocalServer } from '../../cloudfunctions/_local/server'
import { ACTIVITY_COUNTERS, SIGNUPS } from '../../cloudfunctions/_shared/collections'
import { collection, getAll } from '../../cloudfunctions/_shared/db'
import type { Result } from '../../types/common'

const CHAIR = 'crowd-chair'

export interface CrowdOptions {
  members: number
  capacity: number
  cancels: number
  /** Keep-alive connections the crowd shares (a gateway's pool); 0 = a new connection per request. */
  connections: number
  /** LOCAL_DB_LATENCY_MS for the stand-in database (the bench uses 15). */
  latency?: string
  /** The bench measures what production runs: no output checks (the correctness test keeps them). */
  checkOutputs?: boolean
  /** Called just before and after the burst of sign-ups (profiling). */
  around?: { before: () => Promise<void>; after: () => Promise<void> }
}

export interface CrowdOutcome {
  capacity: number
  /** replies that were not ok, or members with no entry afterwards */
  lost: number
  /** entries beyond one per member */
  duplicated: number
  confirmed: number
  waitlisted: number
  /** positions answered to the waitlisted were exactly 1..waitlisted */
  positionsExact: boolean
  /** counter document agrees with the entries */
  counterAgrees: boolean
  latenciesMs: number[]
  cancelLatenciesMs: number[]
  /** the first `cancels` on the waitlist before the cancels, and who was confirmed after */
  expectedPromoted: string[]
  /** everyone waitlisted before the cancels, in seq order */
  waitlistOrder: string[]
  promoted: string[]
  confirmedAfterCancels: number
  /** database requests each sign-up made */
  requestsPerSignup: number[]
  /** cancels that did not answer ok, with their messages */
  cancelErrors: string[]
}

interface Server {
  post: <T = unknown>(fn: string, openid: string, event: Record<string, unknown>) => Promise<Result<T>>
  /** Fires all at once from a separate process; answers each reply and its latency, in order. */
  burst: <T = unknown>(fn: string, calls: { openid: string; event: Record<string, unknown> }[]) => Promise<{ r: Result<T>; ms: number }[]>
  cloud: LocalCloud
  close: () => Promise<void>
}

function postJson(port: number, agent: Agent, path: string, openid: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-wx-openid': openid } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function start(connections: number, latency?: string, checkOutputs = true): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'activity-crowd-'))
  const cloud = new LocalCloud({ dataDir: dir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true, latency, checkOutputs })
  const server = createLocalServer(cloud, { filesDir: cloud.filesDir })
  // a backlog above the crowd, so 1,000 simultaneous connects are not dropped and retried by TCP
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', 2048, r))
  const { port } = server.address() as AddressInfo
  const agent = connections > 0 ? new Agent({ keepAlive: true, maxSockets: connections }) : new Agent({ keepAlive: false, maxSockets: Infinity })
  const post = async <T>(fn: string, openid: string, event: Record<string, unknown>): Promise<Result<T>> =>
    JSON.parse(await postJson(port, agent, `/fn/${fn}`, openid, JSON.stringify(event))) as Result<T>
  const burst = <T>(fn: string, calls: { openid: string; event: Record<string, unknown> }[]) =>
    new Promise<{ r: Result<T>; ms: number }[]>((resolve, reject) => {
      const child = spawn(process.execPath, [join(__dirname, 'crowd-client.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] })
      let out = ''
      child.stdout.on('data', (c) => (out += c))
      child.on('error', reject)
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`crowd client exited with ${code}`))
        resolve((JSON.parse(out) as { ms: number; reply: Result<T> }[]).map((x) => ({ r: x.reply, ms: x.ms })))
      })
      child.stdin.end(JSON.stringify({ port, connections, requests: calls.map((c) => ({ path: `/fn/${fn}`, openid: c.openid, body: JSON.stringify(c.event) })) }))
    })
  const close = async () => {
    agent.destroy()
    await new Promise<void>((r) => server.close(() => r()))
    await cloud.close()
    rmSync(dir, { recursive: true, force: true })
    rmSync(cloud.filesDir, { recursive: true, force: true })
  }
  return { post, burst, cloud, close }
}

const must = <T>(r: Result<T>, what: string): T => {
  if (!r.ok) throw new Error(`${what}: ${r.error.code} ${r.error.message}`)
  return r.data
}

async function inBatches<T>(items: T[], size: number, fn: (x: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn))
}

interface CrowdMember {
  openid: string
  memberId: string
  code: string
}

/** n members imported as the chair (500 a call) and each bound to openid crowd-<i>. */
async function seed(s: Server, n: number): Promise<CrowdMember[]> {
  const out: CrowdMember[] = []
  const units = ['语文组', '数学组', '英语组', '理化生组', '体育组', '艺术组', '行政处', '后勤处']
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, (_, j) => ({ name: `会员${i + j}`, unit: units[(i + j) % units.length], gender: (i + j) % 2 ? 'F' : 'M' }))
    const { created } = must(await s.post<{ created: { id: string; inviteCode: string }[] }>('member', CHAIR, { action: 'import', members: rows }), 'import')
    created.forEach((c, j) => out.push({ openid: `crowd-${i + j}`, memberId: c.id, code: c.inviteCode }))
  }
  await inBatches(out, 50, async (m) => must(await s.post('member', m.openid, { action: 'bind', inviteCode: m.code }), 'bind'))
  return out
}

export async function runCrowd(opts: CrowdOptions): Promise<CrowdOutcome> {
  const s = await start(opts.connections, opts.latency, opts.checkOutputs)
  try {
    const members = await seed(s, opts.members)
    const now = new Date()
    const activity = must(
      await s.post<{ id: string }>('activity', CHAIR, {
        action: 'create',
        title: '周末登山',
        startAt: new Date(now.getTime() + 7 * 864e5).toISOString(),
        signupClosesAt: new Date(now.getTime() + 6 * 864e5).toISOString(),
        capacity: opts.capacity,
        waitlist: true
      }),
      'create'
    )
    const everyone = (action: string, openids: string[]) =>
      s.burst<{ status: string; position?: number }>(
        'activity',
        openids.map((openid) => ({ openid, event: { action, id: activity.id } }))
      )
    await opts.around?.before()
    const replies = await everyone(
      'signup',
      members.map((m) => m.openid)
    )
    await opts.around?.after()
    const all = await getAll(collection<{ memberId: string; status: string; seq: number }>(s.cloud.db, SIGNUPS).where({ activityId: activity.id }))
    const byMember = new Set(all.map((e) => e.memberId))
    const okReplies = replies.filter((x) => x.r.ok).length
    const positions = replies.flatMap((x) => (x.r.ok && x.r.data.position ? [x.r.data.position] : [])).sort((a, b) => a - b)
    const waitlisted = all.filter((e) => e.status === 'waitlisted').sort((a, b) => a.seq - b.seq)
    const confirmed = all.filter((e) => e.status === 'confirmed')
    const counter = (await s.cloud.db.collection(ACTIVITY_COUNTERS).doc(activity.id).get()).data as { batches: { main: { confirmed: number; waitlisted: number } } }
    const outcome: CrowdOutcome = {
      capacity: opts.capacity,
      lost: opts.members - okReplies + members.filter((m) => !byMember.has(m.memberId)).length,
      duplicated: all.length - byMember.size,
      confirmed: confirmed.length,
      waitlisted: waitlisted.length,
      positionsExact: positions.length === waitlisted.length && positions.every((p, i) => p === i + 1),
      counterAgrees: counter.batches.main.confirmed === confirmed.length && counter.batches.main.waitlisted === waitlisted.length,
      latenciesMs: replies.map((x) => x.ms).sort((a, b) => a - b),
      cancelLatenciesMs: [],
      expectedPromoted: waitlisted.slice(0, opts.cancels).map((e) => e.memberId),
      waitlistOrder: waitlisted.map((e) => e.memberId),
      promoted: [],
      confirmedAfterCancels: 0,
      requestsPerSignup: [...(s.cloud.requestCounts.get('activity.signup') ?? [])],
      cancelErrors: []
    }
    const openidOf = new Map(members.map((m) => [m.memberId, m.openid]))
    const leaving = confirmed.slice(0, opts.cancels).map((e) => openidOf.get(e.memberId) as string)
    const cancels = await everyone('cancel', leaving)
    outcome.cancelLatenciesMs = cancels.map((x) => x.ms).sort((a, b) => a - b)
    outcome.cancelErrors = cancels.flatMap((x) => (x.r.ok ? [] : [`${x.r.error.code} ${x.r.error.message}`]))
    const was = new Set(waitlisted.map((e) => e.memberId))
    const after = (await s.cloud.db.collection(SIGNUPS).where({ activityId: activity.id, status: 'confirmed' }).limit(1000).get()).data as { memberId: string }[]
    outcome.promoted = after.map((e) => e.memberId).filter((id) => was.has(id))
    outcome.confirmedAfterCancels = after.length
    return outcome
  } finally {
    await s.close()
  }
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
