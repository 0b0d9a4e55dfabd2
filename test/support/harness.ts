import type { Result } from '../../types/common'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { BINDINGS, COLLECTIONS, MEMBERS } from '../../cloudfunctions/_shared/collections'

export interface Harness {
  cloud: LocalCloud
  /** Calls a function as openid ('' for no caller) and answers the envelope. */
  call: (fn: string, openid: string, event: Record<string, unknown>) => Promise<Result<any>>
  /** Calls and expects ok, answering data (fails the test with the error message otherwise). */
  ok: <T = any>(fn: string, openid: string, event: Record<string, unknown>) => Promise<T>
  setNow: (iso: string | null) => void
  /**
   * Imports members as the chair (member.import), binds each to its openid and gives it its role;
   * returns them. The binds and roles are written straight into the store, as member.bind and
   * member.setRole leave them (test/functions/harness-members.test.ts holds the two ways equal):
   * eleven database requests a bind were half of all the requests of the handler tests, and
   * member.bind's own tests bind through the function. `via: 'functions'` calls them instead.
   */
  members: (rows: MemberSpec[], opts?: { via?: 'store' | 'functions' }) => Promise<SeededMember[]>
  /** Every document of every collection, for "nothing was written" checks. */
  snapshot: () => Promise<string>
}

export interface MemberSpec {
  name: string
  unit: string
  gender?: 'F' | 'M'
  birthday?: string
  lunarBirthday?: { month: number; day: number; leap?: boolean }
  retired?: boolean
  role?: 'member' | 'officer' | 'chair'
  /** Bind to this openid; left unbound when null. */
  openid?: string | null
}

export interface SeededMember {
  id: string
  name: string
  unit: string
  openid: string | null
  inviteCode: string
}

/** The chair by configuration (UNION_CHAIR_OPENIDS) in every harness. */
export const CHAIR = 'chair-openid'

/**
 * What member.bind (member/data/bindings.ts txBind) and member.setRole write, written directly: the
 * `bindings/<openid>` document and the member's openid, boundAt, role and updatedAt, at the cloud's clock.
 */
async function bindInStore(cloud: LocalCloud, memberId: string, openid: string | null, role?: 'officer' | 'chair'): Promise<void> {
  await cloud.ready
  const at = cloud.now().toISOString()
  if (openid) await cloud.store.insert(BINDINGS, [{ _id: openid, memberId, boundAt: at }])
  await cloud.store.update(MEMBERS, { _id: memberId }, { $set: { ...(openid ? { openid, boundAt: at } : {}), ...(role ? { role } : {}), updatedAt: at } }, false)
}

/** An in-process local cloud over an in-memory store with a fixed clock: the functions, unmocked. */
export function createHarness(opts: { now?: string; dataDir?: string } = {}): Harness {
  // the collections member.setup makes, made directly (its tests call it themselves)
  const cloud = new LocalCloud({ dataDir: opts.dataDir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true, collections: COLLECTIONS })
  cloud.setClock(opts.now ?? '2026-11-24T02:00:00.000Z')
  // as the wire carries it back: JSON (and in this file's realm, not the SDK's: test/support/warm-sdk.js)
  const call = async (fn: string, openid: string, event: Record<string, unknown>) => JSON.parse(JSON.stringify(await cloud.call(fn, event, openid))) as Result<any>
  const ok = async <T>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> => {
    const r = await call(fn, openid, event)
    if (!r.ok) throw new Error(`${fn}.${String(event.action)} failed: ${r.error.code} ${r.error.message}`)
    return r.data as T
  }
  const members = async (rows: MemberSpec[], { via = 'store' }: { via?: 'store' | 'functions' } = {}): Promise<SeededMember[]> => {
    const payload = rows.map(({ role: _r, openid: _o, ...row }) => ({ gender: 'F' as const, ...row }))
    const { created } = await ok<{ created: { id: string; name: string; inviteCode: string }[] }>('member', CHAIR, { action: 'import', members: payload })
    const out: SeededMember[] = []
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]
      const c = created[i]
      const openid = row.openid === null ? null : (row.openid ?? `openid-${c.id.slice(0, 8)}`)
      const role = row.role && row.role !== 'member' ? row.role : undefined
      if (via === 'functions') {
        if (openid) await ok('member', openid, { action: 'bind', inviteCode: c.inviteCode })
        if (role) await ok('member', CHAIR, { action: 'setRole', memberId: c.id, role })
      } else if (openid || role) await bindInStore(cloud, c.id, openid, role)
      out.push({ id: c.id, name: row.name, unit: row.unit, openid, inviteCode: c.inviteCode })
    }
    return out
  }
  const snapshot = async () => {
    await cloud.ready
    const dump: Record<string, unknown[]> = {}
    for (const n of cloud.store.names()) {
      const ds = await cloud.store.datastore(n)
      // an empty collection holds nothing: only documents count
      if (ds.getAllData().length === 0) continue
      dump[n] = ds.getAllData().sort((a, b) => String(a._id).localeCompare(String(b._id)))
    }
    return JSON.stringify(dump)
  }
  return { cloud, call, ok, setNow: (iso) => cloud.setClock(iso), members, snapshot }
}
