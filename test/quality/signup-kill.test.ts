/**
 * The local cloud (`npm run cloud`: one process, DATA_DIR in a temp dir) is killed with SIGKILL in
 * the middle of a burst of sign-ups for one activity, again and again. After each kill the
 * datafiles, as the restarted cloud will read them, never hold more confirmed places than the
 * capacity and never an entry without its place. Sign-up takes the place in the ledger first and
 * writes the entry after (cloudfunctions/activity/handlers/signup.ts), so a kill between the two
 * leaves a place counted with no entry; once the reconcile timer has run after the restart, and
 * again once the members left without an answer tap 报名 again (as a phone does), the activity's
 * counter and its sign-ups agree exactly. SIGNUP_KILL_VERBOSE=1 prints how many were apart.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentStore } from '../../cloudfunctions/_local/tcb/store'
import { callCloud, freePort, startCloudProcess } from '../support/cloud-process'

const CHAIR = 'chair'
const MEMBERS = 240
const CAPACITY = 150
const ROUNDS = 3
jest.setTimeout(180_000)

/**
 * What the agreement check reads: the activity's counter document and its sign-up entries, straight
 * from the datafiles of a stopped cloud. The only code here that knows the document shapes
 * (cloudfunctions/activity/data/docs.ts): adjust it if they change.
 */
async function tally(dataDir: string, activityId: string) {
  const store = new DocumentStore(dataDir)
  await store.open() // replays the journal exactly as the restarted cloud will
  const counter = (await store.findById('activity_counters', activityId)) as { batches: { main: { confirmed: number; waitlisted: number } } } | null
  if (!counter) throw new Error(`no counter for ${activityId}`)
  const entries = (await store.find('signups', { activityId })) as unknown as { memberId: string; status: string }[]
  const withStatus = (s: string) => entries.filter((e) => e.status === s).map((e) => e.memberId)
  return {
    counted: { confirmed: counter.batches.main.confirmed, waitlisted: counter.batches.main.waitlisted },
    entries: { confirmed: withStatus('confirmed'), waitlisted: withStatus('waitlisted') }
  }
}

const startCloud = (dataDir: string, port: number) => startCloudProcess(dataDir, port, CHAIR)

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

type Reply = { ok: true; data: any } | { ok: false; error: { code: string; message: string } }
const post = (port: number, fn: string, openid: string, body: Record<string, unknown>): Promise<Reply> => callCloud(port, fn, openid, body)
const must = async (r: Promise<Reply>) => {
  const out = await r
  if (!out.ok) throw new Error(`${out.error.code} ${out.error.message}`)
  return out.data
}

/** Members imported and bound (openid m-<i>), one activity with CAPACITY places and a waitlist. */
async function seed(port: number): Promise<{ openids: string[]; memberIdOf: Map<string, string>; activityId: string }> {
  const rows = Array.from({ length: MEMBERS }, (_, i) => ({ name: `会员${i}`, unit: i % 2 ? '语文组' : '数学组', gender: 'F' }))
  const { created } = await must(post(port, 'member', CHAIR, { action: 'import', members: rows }))
  const openids = created.map((_: unknown, i: number) => `m-${i}`)
  await Promise.all(created.map((c: { inviteCode: string }, i: number) => must(post(port, 'member', openids[i], { action: 'bind', inviteCode: c.inviteCode }))))
  const memberIdOf = new Map<string, string>(created.map((c: { id: string }, i: number) => [openids[i], c.id]))
  const now = Date.now()
  const activity = await must(
    post(port, 'activity', CHAIR, {
      action: 'create',
      title: '周末登山',
      startAt: new Date(now + 7 * 864e5).toISOString(),
      signupClosesAt: new Date(now + 6 * 864e5).toISOString(),
      capacity: CAPACITY,
      waitlist: true
    })
  )
  return { openids, memberIdOf, activityId: activity.id }
}

/** Everyone in openids taps 报名 at once; the cloud is killed at the k-th answer. Answers who got one. */
async function burstAndKill(port: number, child: ChildProcess, activityId: string, openids: string[], k: number) {
  const answered = new Map<string, string>()
  await Promise.all(
    openids.map((openid) =>
      post(port, 'activity', openid, { action: 'signup', id: activityId })
        .then((r) => {
          if (r.ok) answered.set(openid, r.data.status)
          if (answered.size === k) child.kill('SIGKILL')
        })
        .catch(() => undefined)
    )
  )
  await kill(child)
  return answered
}

it(`keeps the counter and the sign-ups in agreement through ${ROUNDS} SIGKILLs mid sign-up burst`, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'union-signup-kill-'))
  const port = await freePort()
  let child = await startCloud(dataDir, port)
  const gaps: string[] = []
  let cutShort = 0
  try {
    const { openids, memberIdOf, activityId } = await seed(port)
    const acked = new Map<string, string>()
    const perRound = Math.ceil(MEMBERS / ROUNDS)
    for (let round = 0; round < ROUNDS; round++) {
      const crowd = openids.slice(round * perRound, (round + 1) * perRound)
      const answered = await burstAndKill(port, child, activityId, crowd, 1 + Math.floor(Math.random() * 3))
      answered.forEach((s, o) => acked.set(o, s))
      if (answered.size < crowd.length) cutShort++

      // what the restarted cloud starts from
      const t = await tally(dataDir, activityId)
      gaps.push(`${t.counted.confirmed - t.entries.confirmed.length}/${t.counted.waitlisted - t.entries.waitlisted.length}`)
      expect(t.counted.confirmed).toBeLessThanOrEqual(CAPACITY)
      expect(t.entries.confirmed.length).toBeLessThanOrEqual(CAPACITY)
      // an entry never stands without its place counted; an answered sign-up has its entry
      expect(t.entries.confirmed.length).toBeLessThanOrEqual(t.counted.confirmed)
      expect(t.entries.waitlisted.length).toBeLessThanOrEqual(t.counted.waitlisted)
      for (const [o, status] of acked) expect(t.entries[status as 'confirmed' | 'waitlisted']).toContain(memberIdOf.get(o))

      // restart; the platform fires the reconcile timer: the entries come back to what the ledger holds
      child = await startCloud(dataDir, port)
      // its first run after the ledger has been at rest longer than any function runs
      const later = new Date(Date.now() + 5 * 60_000).toISOString()
      await fetch(`http://127.0.0.1:${port}/_local/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: later }) })
      expect(await (await fetch(`http://127.0.0.1:${port}/_local/timer/activity/reconcile`, { method: 'POST' })).json()).toMatchObject({ ok: true })
      await kill(child)
      const reconciled = await tally(dataDir, activityId)
      expect(reconciled.counted).toEqual({ confirmed: reconciled.entries.confirmed.length, waitlisted: reconciled.entries.waitlisted.length })

      // whoever got no answer taps again
      child = await startCloud(dataDir, port)
      for (const o of crowd.filter((o) => !answered.has(o))) acked.set(o, (await must(post(port, 'activity', o, { action: 'signup', id: activityId }))).status)

      await kill(child) // everything is answered: a kill now loses nothing
      const after = await tally(dataDir, activityId)
      expect(after.counted).toEqual({ confirmed: after.entries.confirmed.length, waitlisted: after.entries.waitlisted.length })
      expect(after.counted.confirmed).toBe(Math.min(CAPACITY, (round + 1) * perRound))
      expect(after.entries.confirmed.length + after.entries.waitlisted.length).toBe(Math.min(MEMBERS, (round + 1) * perRound))
      if (round < ROUNDS - 1) child = await startCloud(dataDir, port)
    }
    // group commit can answer a whole burst before the kill lands; at least one must be cut short
    expect(cutShort).toBeGreaterThanOrEqual(1)
  } finally {
    await kill(child)
    if (process.env.SIGNUP_KILL_VERBOSE) console.log(`places/waitlist spots counted without an entry right after each kill: ${gaps.join(', ')}; bursts cut short: ${cutShort}/${ROUNDS}`)
    rmSync(dataDir, { recursive: true, force: true })
  }
})
