/**
 * Hostile payloads against every action of every function: wrong types, huge and unicode strings,
 * __proto__/constructor keys, query-operator objects where ids are expected, arrays for scalars.
 * Each answers a coded envelope, never INTERNAL, and a refused call writes nothing.
 */
import fc from 'fast-check'
import type { ZodTypeAny } from 'zod'
import { FUNCTIONS } from '../../cloudfunctions/_local/functions'
import { CHAIR, createHarness, type Harness } from '../support/harness'

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('x'.repeat(100_000), '\u0000', '💥'.repeat(3000), '<script>alert(1)</script>', '../../etc/passwd', '$where', 'a.b', '$ne'),
  fc.constantFrom({ $ne: null }, { $gt: '' }, { $where: 'return true' }, { $regex: '.*' }),
  fc.constantFrom(JSON.parse('{"__proto__":{"polluted":1}}'), { constructor: { prototype: { polluted: 1 } } }),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 4 })
)

function shapeKeys(schema: ZodTypeAny): string[] {
  let s: any = schema
  for (let i = 0; i < 5 && s && !s.shape; i++) s = s._def?.schema ?? s._def?.innerType ?? s._def?.in
  return s?.shape ? Object.keys(typeof s.shape === 'function' ? s.shape() : s.shape) : []
}

const payloadFor = (keys: string[]) =>
  fc.oneof(
    fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'action', 'userInfo', 'Type', ...keys, 'x'), hostileValue, { maxKeys: 5 })
  )

let h: Harness
const callers: Record<string, string> = { chair: CHAIR, officer: 'fuzz-officer', member: 'fuzz-member', stranger: 'fuzz-stranger', none: '' }

beforeAll(async () => {
  h = createHarness()
  await h.members([
    { name: '官', unit: '体育组', role: 'officer', openid: 'fuzz-officer' },
    { name: '员', unit: '语文组', openid: 'fuzz-member' }
  ])
})

const cases = Object.entries(FUNCTIONS).flatMap(([fn, def]) => Object.keys(def.actions).map((action) => [fn, action] as const))

describe.each(cases)('%s.%s', (fn, action) => {
  it('answers hostile payloads with a coded envelope, never INTERNAL, and writes nothing when it refuses', async () => {
    const keys = shapeKeys(FUNCTIONS[fn].actions[action].input)
    await fc.assert(
      fc.asyncProperty(payloadFor(keys), fc.constantFrom(...Object.keys(callers)), async (payload, who) => {
        const before = h.cloud.store.writes
        const res = await h.call(fn, callers[who], { ...payload, action })
        expect(res).toHaveProperty('ok')
        if (!res.ok) {
          expect(res.error.code).not.toBe('INTERNAL')
          expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/)
          expect(h.cloud.store.writes).toBe(before)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 40 }
    )
  })
})

it('treats a non-object event as bad input', async () => {
  for (const event of [null, 42, 'me', [], [{ action: 'me' }]]) {
    const res = await h.cloud.call('member', event, CHAIR)
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  }
})
