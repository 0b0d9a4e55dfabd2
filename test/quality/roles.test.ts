/**
 * Every action × every kind of caller: allowed, or refused with the right code. The table is written
 * out by hand (not derived from actions.ts) so a changed requirement has to change here too.
 */
import { FUNCTIONS } from '../../cloudfunctions/_local/functions'
import { createHarness, type Harness } from '../support/harness'

/**
 * who may call: any openid (even unbound), a bound member, an officer, the chair (desk: the chair or a named 督导员;
 * carer: the chair or a member tagged 慰问员; committee: the chair or a member tagged 提案委员会; bootstrap: only an openid in UNION_CHAIR_OPENIDS, never a chair by the roster alone;
 * anonymous: the path with no identity at all, e.g. ballot.cast, which even a call without an openid reaches).
 */
type Who = 'anyone' | 'member' | 'officer' | 'chair' | 'desk' | 'carer' | 'committee' | 'bootstrap' | 'anonymous'

const MATRIX: Record<string, Record<string, Who>> = {
  member: {
    setup: 'bootstrap',
    me: 'anyone',
    workbench: 'officer',
    bind: 'anyone',
    import: 'chair',
    list: 'officer',
    setRole: 'chair',
    update: 'member',
    subscribe: 'member',
    tag: 'chair',
    tagByNames: 'chair',
    resetInvite: 'chair',
    unbind: 'chair',
    deactivate: 'chair',
    reactivate: 'chair'
  },
  notice: { publish: 'chair', list: 'member', get: 'member', readers: 'chair', exportUnread: 'chair', edit: 'chair', withdraw: 'chair', remind: 'chair' },
  activity: {
    create: 'officer',
    update: 'officer',
    list: 'member',
    get: 'member',
    signup: 'member',
    cancel: 'member',
    mine: 'member',
    checkin: 'member',
    roster: 'officer',
    checkinCode: 'officer',
    attendance: 'officer',
    export: 'officer',
    cancelActivity: 'officer',
    remove: 'officer',
    unsigned: 'officer',
    exportUnsigned: 'officer',
    shareCard: 'member',
    poster: 'officer',
    drawPlaces: 'officer',
    setKeyholders: 'chair',
    keyholderCandidates: 'chair',
    keyholding: 'member',
    commitDraw: 'member',
    reveal: 'member',
    confirm: 'member',
    decline: 'member',
    signupFor: 'officer'
  },
  competition: {
    create: 'officer',
    addEvent: 'officer',
    updateEvent: 'officer',
    removeEvent: 'officer',
    list: 'member',
    get: 'member',
    enter: 'officer',
    withdraw: 'officer',
    entries: 'officer',
    myEvents: 'member',
    recordResult: 'officer',
    history: 'officer',
    publish: 'chair',
    standings: 'member',
    leaderboard: 'member',
    awards: 'member',
    export: 'officer',
    board: 'member',
    selfEnter: 'member',
    myEntry: 'member',
    entryRequests: 'officer',
    approveEntry: 'officer',
    bonus: 'chair',
    removeBonus: 'chair',
    setParticipation: 'chair',
    bonuses: 'member',
    certificate: 'member',
    poster: 'officer',
    cancelRequest: 'member',
    bracket: 'officer',
    recordMatch: 'officer',
    scheduleMatch: 'officer',
    brackets: 'member',
    myMatches: 'member'
  },
  suggestion: {
    tokens: 'member',
    submit: 'anonymous',
    secondTokens: 'member',
    second: 'anonymous',
    board: 'member',
    claim: 'member',
    access: 'member',
    inbox: 'desk',
    overdue: 'desk',
    reply: 'desk',
    forward: 'desk',
    editStep: 'desk',
    withdrawStep: 'desk',
    redact: 'desk',
    setSupervisor: 'chair',
    supervisors: 'chair',
    award: 'chair',
    // the keyed draw: a keyholder may be a 经审委员 with no office; the handlers admit the month's keyholders only
    commitDraw: 'member',
    draw: 'chair',
    setKeyholders: 'chair',
    keyholderCandidates: 'chair',
    keyholding: 'member',
    reveal: 'member'
  },
  care: {
    report: 'carer',
    record: 'carer',
    tasks: 'carer',
    overdue: 'carer',
    list: 'carer',
    rules: 'carer',
    setRules: 'chair',
    forgotten: 'carer',
    distribute: 'carer',
    distributions: 'carer',
    collect: 'member',
    uncollected: 'carer',
    export: 'carer',
    hardship: 'carer',
    stats: 'carer',
    mine: 'member',
    members: 'carer'
  },
  ballot: {
    create: 'chair',
    get: 'member',
    list: 'member',
    token: 'member',
    cast: 'anonymous',
    // counts for the electorate and officers (the handler refuses a member outside it); names for the chair alone
    turnout: 'member',
    exportNotTaken: 'chair',
    close: 'chair',
    results: 'member',
    draftNotice: 'chair',
    addRectification: 'chair',
    openNominations: 'chair',
    rounds: 'member',
    nominate: 'member',
    nominations: 'chair',
    shortlist: 'chair',
    nominees: 'member',
    myNominations: 'member',
    withdrawNomination: 'member'
  },
  greeting: { inbox: 'member', card: 'member', preview: 'chair', templates: 'chair', setTemplate: 'chair', previewCard: 'chair', stats: 'chair' },
  congress: {
    createMeeting: 'chair',
    meetings: 'member',
    meeting: 'member',
    submit: 'member',
    second: 'member',
    decide: 'committee',
    answer: 'committee',
    rate: 'member',
    list: 'member',
    get: 'member',
    stats: 'member',
    checkin: 'member',
    attendance: 'member',
    export: 'chair'
  },
  report: { year: 'chair', month: 'chair', plan: 'chair', setPlan: 'chair', export: 'chair' }
}

const CALLERS = ['none', 'stranger', 'member', 'officer', 'chair'] as const
type Caller = (typeof CALLERS)[number]
const RANK: Record<Caller, number> = { none: -1, stranger: 0, member: 1, officer: 2, chair: 3 }
// the matrix officer is not a 督导员 nor a 慰问员, so desk and carer actions need the chair here
const NEED: Record<Who, number> = { anyone: 0, member: 1, officer: 2, chair: 3, desk: 3, carer: 3, committee: 3, bootstrap: 4, anonymous: -1 }

let h: Harness
const openids: Record<Caller, string> = { none: '', stranger: 'matrix-stranger', member: 'matrix-member', officer: 'matrix-officer', chair: 'matrix-chair' }

beforeAll(async () => {
  h = createHarness()
  await h.members([
    { name: '主', unit: '行政处', role: 'chair', openid: 'matrix-chair' },
    { name: '委', unit: '体育组', role: 'officer', openid: 'matrix-officer' },
    { name: '员', unit: '语文组', openid: 'matrix-member' }
  ])
})

it('covers every registered action', () => {
  const registered = Object.entries(FUNCTIONS)
    .flatMap(([fn, def]) => Object.keys(def.actions).map((a) => `${fn}.${a}`))
    .sort()
  const tabled = Object.entries(MATRIX)
    .flatMap(([fn, acts]) => Object.keys(acts).map((a) => `${fn}.${a}`))
    .sort()
  expect(tabled).toEqual(registered)
})

const rows = Object.entries(MATRIX).flatMap(([fn, acts]) => Object.entries(acts).flatMap(([action, who]) => CALLERS.map((c) => [fn, action, who, c] as const)))

it.each(rows)('%s.%s (needs %s) called by %s', async (fn, action, who, caller) => {
  const res = await h.call(fn, openids[caller], { action })
  const allowed = RANK[caller] >= NEED[who]
  if (caller === 'none' && who !== 'anonymous') expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  else if (!allowed) expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  else if (!res.ok) expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(res.error.code)
})
