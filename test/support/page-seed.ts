/**
 * The records the every-page tests point their pages at, found in (or added to) the demo union of a
 * local cloud. Works the same over the in-process LocalCloud (weapp) and over HTTP (e2e), through a
 * CloudPort: both runners open the same page on the same record and expect the same words on it.
 */
import type { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { randomBytes } from 'node:crypto'
import type { Ballot } from '../../types/ballot'
import type { Result } from '../../types/common'
import { blind, finalize } from '../../src/ballot/lib/blind'

/** What the seeding needs of a local cloud: calls, the settable clock and timer triggers. */
export interface CloudPort {
  call: (fn: string, openid: string, event: Record<string, unknown>) => Promise<Result<any>>
  setClock: (iso: string | null) => Promise<void>
  fireTimer: (fn: string, trigger: string) => Promise<Result<any>>
}

/** An in-process LocalCloud as a CloudPort. */
export const localPort = (cloud: LocalCloud): CloudPort => ({
  call: (fn, openid, event) => cloud.call(fn, event, openid) as Promise<Result<any>>,
  setClock: async (iso) => cloud.setClock(iso),
  fireTimer: (fn, trigger) => cloud.fireTimer(fn, trigger) as Promise<Result<any>>
})

/** The local cloud's HTTP interface at url (DESIGN.md: call, clock, timers) as a CloudPort. */
export function httpPort(url: string): CloudPort {
  // connection: close, so no kept-alive socket holds jest open once the server has stopped
  const post = async (path: string, body: unknown, openid?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', connection: 'close', ...(openid === undefined ? {} : { 'X-WX-OPENID': openid }) }
    const r = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) })
    return r.json()
  }
  return {
    call: (fn, openid, event) => post(`/fn/${fn}`, event, openid),
    setClock: async (iso) => {
      const r = await post('/_local/clock', { now: iso })
      if (!r.ok) throw new Error(`page seed: setting the clock failed: ${JSON.stringify(r)}`)
    },
    fireTimer: (fn, trigger) => post(`/_local/timer/${fn}/${trigger}`, {})
  }
}

/** Ids and numbers of seeded records, by what they are. */
export interface SeedIds {
  /** 关于组织 2026 年度工会会员健康体检的通知 (pinned, to everyone) */
  checkupNotice: string
  /** 语文组：期末命题研讨安排 (audience 语文组) */
  chineseNotice: string
  /** 周末登山 (capacity 20, full, two waitlisted) */
  hike: string
  /** 秋季运动会 (two batches, quotas by unit) */
  sportsDay: string
  /** 2026年秋季教职工运动会 */
  meet: string
  /** its 男子100米 (published; 罗勇 first) */
  sprint: string
  /** this month's suggestion about the staff car park's lighting */
  parkingNumber: string
  /** the chair's birthday card, sent by the greeting timer on her birthday */
  chairCard: string
  /** 2027 年春游去哪里: an open poll */
  openBallot: string
  /** 2027 年度工会经费预算: a closed motion, 4 同意 1 不同意 */
  closedBallot: string
  /** 2026 年度师德标兵评选: an open 评优 round in which 陈思远 nominated 王建国 */
  honourRound: string
  /** 第五届教代会第三次会议 (taking proposals) */
  congressMeeting: string
  /** 关于改善教工午餐的提案: accepted, answered, waiting for 陈思远's rating */
  congressProposal: string
}

export const CHAIR = 'demo-chair'

/** 01:30 on 15 Mar 2027 in Shanghai: 张丽华 (the chair) was born on 15 March. */
export const CHAIR_BIRTHDAY = '2027-03-14T17:30:00.000Z'

async function ok<T = any>(port: CloudPort, fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await port.call(fn, openid, event)
  if (!r.ok) throw new Error(`page seed: ${fn}.${String(event.action)} as ${openid} failed: ${r.error.code} ${r.error.message}`)
  return r.data as T
}

function find<T>(items: T[], what: string, match: (t: T) => boolean): T {
  const hit = items.find(match)
  if (!hit) throw new Error(`page seed: the demo union has no ${what}; did the demo seed change?`)
  return hit
}

/**
 * Reads the ids every page case needs from a cloud already holding the demo union (seedDemo /
 * SEED_DEMO=1), and sends the chair a birthday card by firing the greeting timer on her birthday
 * (the clock is put back to `restoreClock` after, real time by default).
 */
export async function seedPageData(port: CloudPort, opts: { restoreClock?: string | null } = {}): Promise<SeedIds> {
  type Titled = { id: string; title: string }
  const notices = (await ok<{ items: Titled[] }>(port, 'notice', CHAIR, { action: 'list' })).items
  const activities = (await ok<{ items: Titled[] }>(port, 'activity', CHAIR, { action: 'list' })).items
  const competitions = (await ok<{ items: Titled[] }>(port, 'competition', CHAIR, { action: 'list' })).items
  const meet = find(competitions, 'sports meet', (c) => c.title === '2026年秋季教职工运动会')
  const { events } = await ok<{ events: { id: string; name: string; category: string }[] }>(port, 'competition', CHAIR, { action: 'get', competitionId: meet.id })
  // a suggestion reaches the board with its 17:00 batch (on the 1st of a month none has yet): send
  // out every batch due within two days, then put the clock back
  await port.setClock(new Date(new Date(opts.restoreClock ?? Date.now()).getTime() + 2 * 86400_000).toISOString())
  try {
    const published = await port.fireTimer('suggestion', 'publish')
    if (!published.ok) throw new Error(`page seed: the suggestion batch timer failed: ${published.error.message}`)
  } finally {
    await port.setClock(opts.restoreClock ?? null)
  }
  const board = (await ok<{ items: { number: string; content: string }[] }>(port, 'suggestion', CHAIR, { action: 'board' })).items

  await port.setClock(CHAIR_BIRTHDAY)
  try {
    const fired = await port.fireTimer('greeting', 'daily')
    if (!fired.ok) throw new Error(`page seed: the greeting timer failed: ${fired.error.message}`)
  } finally {
    await port.setClock(opts.restoreClock ?? null)
  }
  const inbox = (await ok<{ items: { id: string; occasion: string }[] }>(port, 'greeting', CHAIR, { action: 'inbox' })).items
  const { openBallot, closedBallot } = await seedBallots(port)
  const honourRound = await seedHonour(port)
  const meetings = (await ok<{ items: Titled[] }>(port, 'congress', CHAIR, { action: 'meetings' })).items
  const congressMeeting = find(meetings, '教代会 meeting', (m) => m.title === '第五届教代会第三次会议').id
  const proposals = (await ok<{ items: Titled[] }>(port, 'congress', CHAIR, { action: 'list', meetingId: congressMeeting })).items

  return {
    checkupNotice: find(notices, 'health check notice', (n) => n.title.includes('健康体检')).id,
    chineseNotice: find(notices, '语文组 notice', (n) => n.title.startsWith('语文组')).id,
    hike: find(activities, '周末登山', (a) => a.title === '周末登山').id,
    sportsDay: find(activities, '秋季运动会', (a) => a.title === '秋季运动会').id,
    meet: meet.id,
    sprint: find(events, '男子100米', (e) => e.name === '100米' && e.category === '男子').id,
    parkingNumber: find(board, 'car park suggestion', (s) => s.content.includes('停车场')).number,
    chairCard: find(inbox, "chair's birthday card", (g) => g.occasion === 'birthday').id,
    openBallot,
    closedBallot,
    honourRound,
    congressMeeting,
    congressProposal: find(proposals, 'lunch proposal', (p) => p.title === '关于改善教工午餐的提案').id
  }
}

/** An open 评优 round with one nomination: 陈思远 (demo-member-1) finds 王建国 by name and writes his 事迹. */
async function seedHonour(port: CloudPort): Promise<string> {
  const closesAt = new Date(Date.now() + 7 * 86400_000).toISOString()
  const round = await ok<{ id: string }>(port, 'ballot', CHAIR, { action: 'openNominations', title: '2026 年度师德标兵评选', honour: '师德标兵', closesAt, requestId: 'pageseed-honour' })
  const { items } = await ok<{ items: { id: string; name: string }[] }>(port, 'ballot', 'demo-member-1', { action: 'nominees', q: '王建国' })
  const wang = find(items, '王建国', (m) => m.name === '王建国')
  await ok(port, 'ballot', 'demo-member-1', { action: 'nominate', roundId: round.id, nomineeId: wang.id, reason: '坚持送教下乡，带出三名青年骨干' })
  return round.id
}

/** An open poll, and a motion five demo members voted on (as their phones do: blinded token, anonymous cast) and the chair closed. */
async function seedBallots(port: CloudPort): Promise<{ openBallot: string; closedBallot: string }> {
  const closesAt = new Date(Date.now() + 7 * 86400_000).toISOString()
  const poll = await ok<Ballot>(port, 'ballot', CHAIR, { action: 'create', title: '2027 年春游去哪里', kind: 'poll', options: ['千岛湖', '莫干山', '安吉竹海'], closesAt, requestId: 'pageseed-poll' })
  const motion = await ok<Ballot>(port, 'ballot', CHAIR, { action: 'create', title: '2027 年度工会经费预算', kind: 'motion', closesAt, requestId: 'pageseed-motion' })
  if (motion.status !== 'closed') {
    const voters = ['demo-officer-1', 'demo-officer-2', 'demo-member-2', 'demo-member-3', 'demo-member-4']
    for (const [i, openid] of voters.entries()) {
      const pending = blind(motion.publicKey, (n) => new Uint8Array(randomBytes(n)))
      const { blindSignature } = await ok<{ blindSignature: string }>(port, 'ballot', openid, { action: 'token', id: motion.id, blinded: pending.blinded })
      await ok(port, 'ballot', '', { action: 'cast', id: motion.id, choices: { picks: [i === 4 ? 1 : 0] }, token: pending.token, signature: finalize(motion.publicKey, pending, blindSignature) })
    }
    await ok(port, 'ballot', CHAIR, { action: 'close', id: motion.id })
  }
  return { openBallot: poll.id, closedBallot: motion.id }
}
