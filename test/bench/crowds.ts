/**
 * Issue 13's other crowds at 15 ms a request, in process on the real SDK: 1,000 new phones binding
 * their invite codes at once, and 1,000 members submitting a suggestion at once.
 */
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
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
    const submits = await timed(codes.map((_, i) => () => cloud.call('suggestion', { action: 'submit', content: `建议食堂增加窗口 ${i}` }, `phone-${i}`)))
    return [
      ...rowsOf(`member: ${MEMBERS} binds at once`, binds, cloud.requestCounts.get('member.bind') ?? []),
      ...rowsOf(`suggestion: ${MEMBERS} submits at once`, submits, cloud.requestCounts.get('suggestion.submit') ?? [])
    ]
  } finally {
    await cloud.close()
  }
}
