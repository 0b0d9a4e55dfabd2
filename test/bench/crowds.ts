/**
 * Issue 13's other crowds at 15 ms a request, in process on the real SDK: 1,000 new phones binding
 * their invite codes at once, and 1,000 members submitting a suggestion at once, each on the
 * anonymous path with the token its phone took beforehand (as the app sends it).
 */
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { submitWith, takeTokens, type Caller, type HeldToken } from '../support/suggestion-phone'
import { rowsOf } from './rows'
import type { Bench } from './types'

const MEMBERS = 1000
const CHAIR = 'bench-chair'

async function timed(calls: (() => Promise<{ ok: boolean }>)[]): Promise<{ ms: number[]; errors: number }> {
  const ms: number[] = []
  let errors = 0
  await Promise.all(
    calls.map(async (call) => {
      const t = performance.now()
      const r = await call()
      ms.push(performance.now() - t)
      if (!r.ok) errors++
    })
  )
  return { ms: ms.sort((a, b) => a - b), errors }
}

export const bench: Bench = async () => {
  const cloud = new LocalCloud({
    quiet: true,
    checkOutputs: false,
    env: { UNION_CHAIR_OPENIDS: CHAIR },
    latency: process.env.LOCAL_DB_LATENCY_MS ?? '15'
  })
  try {
    const codes: string[] = []
    for (let i = 0; i < MEMBERS; i += 500) {
      const rows = Array.from({ length: 500 }, (_, j) => ({ name: `会员${i + j}`, unit: '语文组', gender: 'F' }))
      const r = (await cloud.call('member', { action: 'import', members: rows }, CHAIR)) as { ok: true; data: { created: { inviteCode: string }[] } }
      codes.push(...r.data.created.map((c) => c.inviteCode))
    }
    const binds = await timed(codes.map((code, i) => () => cloud.call('member', { action: 'bind', inviteCode: code }, `phone-${i}`)))
    const phone: Caller = {
      call: (fn, openid, event) => cloud.call(fn, event, openid) as ReturnType<Caller['call']>,
      ok: async (fn, openid, event) => {
        const r = await cloud.call(fn, event, openid)
        if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
        return r.data as never
      }
    }
    // 领券 before the burst, fifty phones at a time: the burst is the submissions
    const held: HeldToken[] = []
    for (let i = 0; i < MEMBERS; i += 50) held.push(...(await Promise.all(codes.slice(i, i + 50).map((_, j) => takeTokens(phone, `phone-${i + j}`).then(([t]) => t)))))
    const submits = await timed(held.map((t, i) => () => submitWith(phone, t, `建议食堂增加窗口 ${i}`)))
    return [
      ...rowsOf(`member: ${MEMBERS} binds at once`, binds, cloud.requestCounts.get('member.bind') ?? []),
      ...rowsOf(`suggestion: ${MEMBERS} submits at once`, submits, cloud.requestCounts.get('suggestion.submit') ?? [])
    ]
  } finally {
    await cloud.close()
  }
}
