import { kit } from '../testing'

describe('number questions hold answers to the officer’s range, and to sane defaults', () => {
  const answerOf = async (field: Record<string, unknown>, values: unknown[]) => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ fields: [{ key: 'n', label: '携带家属人数', type: 'number', ...field }] })
    const before = await h.snapshot()
    const out: string[] = []
    for (const v of values) {
      const r = await signup(people[0], id, { answers: { n: v } })
      out.push(r.ok ? 'ok' : r.error.message)
      if (r.ok) break
    }
    return { out, unchanged: (await h.snapshot()) === before }
  }

  it('a field with nothing set takes whole numbers 0 to 99: 1.5 companions, −3 and 100000 are refused', async () => {
    const r = await answerOf({}, [1.5, -3, 100000, 2])
    expect(r.out).toEqual(['「携带家属人数」只能填整数，请填写 0 到 99 的整数', '「携带家属人数」不能小于 0，请填写 0 到 99 的整数', '「携带家属人数」不能大于 99，请填写 0 到 99 的整数', 'ok'])
  })

  it('an officer’s max 3 refuses 5 and names the range; nothing is saved for a refusal', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ fields: [{ key: 'n', label: '携带家属人数', type: 'number', max: 3 }] })
    const before = await h.snapshot()
    expect(await signup(people[0], id, { answers: { n: 5 } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '「携带家属人数」不能大于 3，请填写 0 到 3 的整数' } })
    expect(await h.snapshot()).toBe(before)
  })

  it('a field the officer allows decimals and negatives in takes them', async () => {
    const r = await answerOf({ integer: false, min: -10, max: 10 }, [10.5, -2.5])
    expect(r.out).toEqual(['「携带家属人数」不能大于 10，请填写 -10 到 10 的数', 'ok'])
  })
})
