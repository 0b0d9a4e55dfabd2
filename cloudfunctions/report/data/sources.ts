/*
 * The report reads what the other functions store, read-only and only the fields it counts (the
 * report writes nothing of theirs). Each reader answers plain rows for lib/figures.ts. Suggestions
 * are read without their content or claim hash: the report counts them, it never lists them.
 */
import { DELEGATE_TAG } from '../../../types/congress'
import {
  BALLOT_CASTS,
  BALLOTS,
  CARE_RECORDS,
  COMP_RESULTS,
  COMPETITIONS,
  CONGRESS_MEETINGS,
  CONGRESS_PROPOSALS,
  GREETINGS,
  MEMBERS,
  NOTICES,
  SIGNUPS,
  SUGGESTIONS,
  ACTIVITIES
} from '../../_shared/collections'
import type { MeetingDoc, ProposalDoc } from '../../congress/data/docs'
import { getAll, type Database } from '../../_shared/db'
import type { Period } from '../lib/period'

export interface ActivityRow {
  _id: string
  title: string
  startAt: string
  cancelled?: unknown
}
export interface SignupRow {
  activityId: string
  memberId: string
  name: string
  unit: string
  status: string
  signedUpAt: string
  attended?: boolean
  attendedAt?: string
}
export interface CompetitionRow {
  _id: string
  title: string
  createdAt: string
}
export interface ResultRow {
  competitionId: string
  recordedAt: string
}
export interface NoticeRow {
  _id: string
  title: string
  category: string
  publishedAt: string
}
export interface SuggestionRow {
  month: string
  category: string
  status: string
  reply: string | null
  dueDate?: string
  steps: { status: string; date: string; note?: string; dueDate?: string }[]
}
/** Greeting cards dated in a Beijing month. */
export interface GreetingCount {
  month: string
  count: number
}
export interface CareRow {
  name: string
  unit: string
  occasion: string
  date: string
  amount?: number
  gift?: string
}
export interface BallotRow {
  _id: string
  title: string
  opensAt: string
  closesAt: string
  closedAt?: string
  eligibleAtClose?: number
  /** ballots cast (ballot_casts by purpose) */
  voted: number
}
export interface MemberRow {
  _id: string
  unit: string
  /** tagged 教代会代表 */
  delegate: boolean
  bound: boolean
  joinedAt?: string
  createdAt: string
  inactive?: { at: string }
}

/** Everything a period's figures are counted from. */
export interface Sources {
  activities: ActivityRow[]
  signups: SignupRow[]
  competitions: CompetitionRow[]
  results: ResultRow[]
  notices: NoticeRow[]
  suggestions: SuggestionRow[]
  greetings: GreetingCount[]
  care: CareRow[]
  ballots: BallotRow[]
  members: MemberRow[]
  /** 教代会 meetings held in the period */
  meetings: Pick<MeetingDoc, '_id' | 'title' | 'heldAt'>[]
  /** 提案 submitted in the period: no proposer read, the report counts them */
  proposals: ProposalRow[]
}

export type ProposalRow = Pick<ProposalDoc, 'meetingId' | 'number' | 'title' | 'status' | 'decision' | 'answers' | 'rating' | 'createdAt'>

const between = (db: Database, p: Period) => db.command.gte(p.from).and(db.command.lt(p.to))

async function ballotsOf(db: Database, p: Period): Promise<BallotRow[]> {
  const docs = await getAll<Omit<BallotRow, 'voted'>>(
    db
      .collection<Omit<BallotRow, 'voted'>>(BALLOTS)
      .where({ opensAt: between(db, p) })
      .field({ title: true, opensAt: true, closesAt: true, closedAt: true, eligibleAtClose: true })
  )
  // one count per ballot: a year holds a handful
  return Promise.all(
    docs.map(async (b) => ({
      ...b,
      voted: (
        await db
          .collection(BALLOT_CASTS)
          .where({ purpose: `ballot:${b._id}` })
          .count()
      ).total
    }))
  )
}

async function membersOf(db: Database): Promise<MemberRow[]> {
  type Doc = { _id: string; unit: string; openid?: string; joinedAt?: string; createdAt: string; inactive?: { at: string }; tags?: string[] }
  const docs = await getAll<Doc>(db.collection<Doc>(MEMBERS).field({ unit: true, openid: true, joinedAt: true, createdAt: true, inactive: true, tags: true }))
  return docs.map((d) => ({
    _id: d._id,
    unit: d.unit,
    bound: Boolean(d.openid),
    delegate: Boolean(d.tags?.includes(DELEGATE_TAG)),
    joinedAt: d.joinedAt,
    createdAt: d.createdAt,
    inactive: d.inactive
  }))
}

/** Reads a period's records from every list the report counts, in parallel. */
export async function readSources(db: Database, p: Period): Promise<Sources> {
  const _ = db.command
  const years = [...new Set(p.months.map((m) => Number(m.slice(0, 4))))]
  const [activities, signups, competitions, results, notices, suggestions, greetings, care, ballots, members, meetings, proposals] = await Promise.all([
    getAll<ActivityRow>(
      db
        .collection<ActivityRow>(ACTIVITIES)
        .where({ startAt: between(db, p) })
        .field({ title: true, startAt: true, cancelled: true })
    ),
    // a sign-up belongs to the month it was made in, an attendance to the day it was checked
    getAll<SignupRow>(
      db
        .collection<SignupRow>(SIGNUPS)
        .where(_.or({ signedUpAt: between(db, p) }, { attendedAt: between(db, p) }) as unknown as Record<string, unknown>)
        .field({ activityId: true, memberId: true, name: true, unit: true, status: true, signedUpAt: true, attended: true, attendedAt: true })
    ),
    getAll<CompetitionRow>(
      db
        .collection<CompetitionRow>(COMPETITIONS)
        .where({ createdAt: between(db, p) })
        .field({ title: true, createdAt: true })
    ),
    getAll<ResultRow>(
      db
        .collection<ResultRow>(COMP_RESULTS)
        .where({ recordedAt: between(db, p) })
        .field({ competitionId: true, recordedAt: true })
    ),
    getAll<NoticeRow>(
      db
        .collection<NoticeRow>(NOTICES)
        .where({ publishedAt: between(db, p), status: 'published' })
        .field({ title: true, category: true, publishedAt: true })
    ),
    getAll<SuggestionRow>(
      db
        .collection<SuggestionRow>(SUGGESTIONS)
        .where({ month: _.in(p.months) })
        .field({ month: true, category: true, status: true, reply: true, dueDate: true, steps: true })
    ),
    // counts, not rows: 15,000 cards a year read page by page took seconds
    Promise.all(p.months.map(async (month) => ({ month, count: (await db.collection(GREETINGS).where({ month }).count()).total }))),
    getAll<CareRow & { year: number }>(
      db
        .collection<CareRow & { year: number }>(CARE_RECORDS)
        .where({ year: _.in(years) })
        .field({ name: true, unit: true, occasion: true, date: true, amount: true, gift: true })
    ),
    ballotsOf(db, p),
    membersOf(db),
    getAll<Sources['meetings'][number]>(
      db
        .collection<Sources['meetings'][number]>(CONGRESS_MEETINGS)
        .where({ heldAt: between(db, p) })
        .field({ title: true, heldAt: true })
    ),
    getAll<ProposalRow & { _id: string }>(
      db
        .collection<ProposalRow & { _id: string }>(CONGRESS_PROPOSALS)
        .where({ createdAt: between(db, p) })
        .field({ meetingId: true, number: true, title: true, status: true, decision: true, answers: true, rating: true, createdAt: true })
    )
  ])
  const inPeriod = care.filter((c) => c.date >= p.firstDay && c.date < p.endDay)
  return { activities, signups, competitions, results, notices, suggestions, greetings, care: inPeriod, ballots, members, meetings, proposals }
}

/** What a plan is matched against: the year's activities, competitions, notices and ballots. */
export async function readHappenings(db: Database, p: Period): Promise<Pick<Sources, 'activities' | 'competitions' | 'notices' | 'ballots'>> {
  const [activities, competitions, notices, ballots] = await Promise.all([
    getAll<ActivityRow>(
      db
        .collection<ActivityRow>(ACTIVITIES)
        .where({ startAt: between(db, p) })
        .field({ title: true, startAt: true, cancelled: true })
    ),
    getAll<CompetitionRow>(
      db
        .collection<CompetitionRow>(COMPETITIONS)
        .where({ createdAt: between(db, p) })
        .field({ title: true, createdAt: true })
    ),
    getAll<NoticeRow>(
      db
        .collection<NoticeRow>(NOTICES)
        .where({ publishedAt: between(db, p), status: 'published' })
        .field({ title: true, category: true, publishedAt: true })
    ),
    getAll<Omit<BallotRow, 'voted'>>(
      db
        .collection<Omit<BallotRow, 'voted'>>(BALLOTS)
        .where({ opensAt: between(db, p) })
        .field({ title: true, opensAt: true })
    )
  ])
  return { activities, competitions, notices, ballots: ballots.map((b) => ({ ...b, voted: 0 })) }
}

/** Titles of activities by id (a sign-up in December for a January activity names it too). */
export async function activityTitles(db: Database, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 100) {
    const { data } = await db
      .collection<ActivityRow>(ACTIVITIES)
      .where({ _id: db.command.in(ids.slice(i, i + 100)) })
      .field({ title: true })
      .limit(100)
      .get()
    for (const a of data) out.set(a._id, a.title)
  }
  return out
}
