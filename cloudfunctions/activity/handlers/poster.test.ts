import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalCloud } from '../../_local/cloud'
import { sizeOf, textOf } from '../../_shared/image'
import { readQr } from '../../_shared/image/read-qr'
import { base, CHAIR, kit } from '../testing'

const fileOf = (cloud: LocalCloud, url: string) => readFileSync(join(cloud.filesDir, ...decodeURIComponent(url.replace('/_local/files/', '')).split('/')))

describe('activity poster', () => {
  it('is a 750×1334 PNG whose QR opens the activity, with its title, time, place and places left', async () => {
    const k = await kit(3)
    const id = await k.create({ capacity: 40 })
    await k.signup(k.people[0], id)
    const out = await k.h.ok('activity', k.officer, { action: 'poster', id })
    expect(out).toMatchObject({ width: 750, height: 1334, fileName: '周末登山-海报.png' })
    const png = fileOf(k.h.cloud, out.url)
    expect(sizeOf(png)).toEqual({ width: 750, height: 1334 })
    expect(readQr(png)).toBe(`pages/activity-detail/index?id=${id}`)
    const words = textOf(png)
    expect(words.Title).toBe('周末登山')
    // 2026-12-01T01:00Z is 09:00 on Tuesday 1 December in Beijing
    expect(words.Description).toContain('时间 12月1日 周二 09:00–16:00')
    expect(words.Description).toContain('地点 紫金山')
    expect(words.Description).toContain('名额 剩 39 个，共 40 个')
  })

  it('is for officers: a member is told so and nothing is drawn', async () => {
    const k = await kit(1)
    const id = await k.create()
    const r = await k.h.call('activity', 'm1', { action: 'poster', id })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses a cancelled activity, saying why', async () => {
    const k = await kit(1)
    const id = await k.create()
    await k.h.ok('activity', k.officer, { action: 'cancelActivity', id, reason: '天气原因' })
    const r = await k.h.call('activity', k.officer, { action: 'poster', id })
    expect(r).toMatchObject({ ok: false, error: { code: 'CLOSED', message: expect.stringContaining('天气原因') } })
  })
})

describe('activity poster in production', () => {
  const clouds: LocalCloud[] = []
  afterAll(() => Promise.all(clouds.map((c) => c.close())))
  it('carries the mini-program code from wxacode.getUnlimited, its scene the activity id', async () => {
    const cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: CHAIR, UNION_NAME: '第一中学工会' }, quiet: true, wxacode: true, timeouts: { activity: 60 } })
    clouds.push(cloud)
    cloud.setClock('2026-11-24T02:00:00.000Z')
    const created = await cloud.call('activity', { action: 'create', ...base }, CHAIR)
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.data as { id: string }).id
    const out = await cloud.call('activity', { action: 'poster', id }, CHAIR)
    if (!out.ok) throw new Error(out.error.message)
    const png = fileOf(cloud, (out.data as { url: string }).url)
    // the stand-in's code reads as what WeChat's would open: the page, with the id as its scene
    expect(readQr(png)).toBe(`wxacode:pages/activity-detail/index?scene=${id}`)
    expect(cloud.outbox.filter((e) => e.templateKey === 'wxacode.getUnlimited')).toEqual([expect.objectContaining({ page: 'pages/activity-detail/index', data: { scene: id, width: '430' } })])
    expect(textOf(png).Description).toContain('第一中学工会')
  })

  it('is drawn well within the function timeout at 15 ms a database request', async () => {
    const cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true, latency: '15' })
    clouds.push(cloud)
    cloud.setClock('2026-11-24T02:00:00.000Z')
    const created = await cloud.call('activity', { action: 'create', ...base }, CHAIR)
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.data as { id: string }).id
    await cloud.call('activity', { action: 'poster', id }, CHAIR) // warm: the wasm and the font loaded once per instance
    const t0 = Date.now()
    const out = await cloud.call('activity', { action: 'poster', id }, CHAIR)
    const ms = Date.now() - t0
    expect(out.ok).toBe(true)
    console.log(`activity.poster at 15 ms/request: ${ms} ms (timeout ${cloud.timeoutOf('activity')} s)`)
    expect(ms).toBeLessThan((cloud.timeoutOf('activity') * 1000) / 3)
  })
})
