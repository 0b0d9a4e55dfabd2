import { z } from 'zod'
import { LocalCloud } from '../_local/cloud'
import type { Ctx } from './ctx'
import { defineActions, dispatch, type FunctionDef, type Wiring } from './dispatch'

// a contract of one public action, and a handler that can be made to drift from it
const probeContract = { greet: { input: z.object({ name: z.string() }).strict(), output: z.object({ text: z.string(), at: z.string().datetime() }) } }
let answer: unknown = null
const probe: FunctionDef = {
  name: 'probe',
  actions: defineActions(probeContract, {
    // the cast stands for what tsc cannot see: a document read from the store that is not what its type says
    greet: { role: 'public', handler: async (input) => (answer ?? { text: `你好，${input.name}`, at: new Date(0).toISOString() }) as { text: string; at: string } }
  })
}

function wiring(checkOutputs: boolean, logs: string[]): Wiring {
  return { openid: '', db: {} as Ctx['db'], now: () => new Date(), openapi: {} as Ctx['openapi'], env: {}, log: (msg, extra) => logs.push(JSON.stringify({ msg, ...extra })), checkOutputs }
}

afterEach(() => (answer = null))

describe('dispatch checks answers against the contract when asked', () => {
  it('answers what the handler returned when it matches, a Date arriving as its ISO string', async () => {
    answer = { text: '你好', at: new Date(0) }
    expect(await dispatch(probe, { action: 'greet', name: '周婷' }, wiring(true, []))).toEqual({ ok: true, data: { text: '你好', at: new Date(0) } })
  })

  it('turns an answer off the contract into INTERNAL, with a log line naming the action and the issue', async () => {
    answer = { text: 42 }
    const logs: string[] = []
    expect(await dispatch(probe, { action: 'greet', name: '周婷' }, wiring(true, logs))).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } })
    expect(logs).toHaveLength(1)
    expect(JSON.parse(logs[0])).toMatchObject({
      msg: 'output does not match contract',
      action: 'probe.greet',
      issues: ['text: invalid_type: Expected string, received number', 'at: invalid_type: Required']
    })
  })

  it('leaves answers unparsed without checkOutputs, as production does', async () => {
    answer = { text: 42 }
    expect(await dispatch(probe, { action: 'greet', name: '周婷' }, wiring(false, []))).toEqual({ ok: true, data: { text: 42 } })
  })

  it('is on in the local cloud, so every test over it checks every answer', async () => {
    const cloud = new LocalCloud({ quiet: true, functions: { probe }, autoSetup: false })
    try {
      expect(await cloud.call('probe', { action: 'greet', name: '周婷' })).toMatchObject({ ok: true, data: { text: '你好，周婷' } })
      answer = { text: '你好', at: 'yesterday' }
      expect(await cloud.call('probe', { action: 'greet', name: '周婷' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
      expect(cloud.logs.some((l) => l.includes('probe.greet') && l.includes('Invalid datetime'))).toBe(true)
    } finally {
      await cloud.close()
    }
  })
})
