/**
 * Every page of the compiled mini-program renders in miniprogram-simulate over the seeded demo
 * union, as the chair (who may open every page), and shows Chinese text rather than nothing.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { seedDemo, SEED_CHAIR } from '../../cloudfunctions/_local/seed'

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
const app = JSON.parse(readFileSync(join(ROOT, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => join(s.root, p)))]

let cloud: LocalCloud
beforeAll(async () => {
  cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: SEED_CHAIR, SUGGESTION_SECRET: 'demo' }, quiet: true })
  cloud.setClock('2026-11-24T02:00:00.000Z')
  await seedDemo(cloud)
})

it('lists the pages of the app', () => {
  expect(pages).toEqual(expect.arrayContaining(['pages/index/index', 'pages/mine/index', 'pages/bind/index']))
})

it.each(pages)('%s renders', async (page) => {
  // each page gets a fresh module registry: the Taro runtime and React are module state
  await jest.isolateModulesAsync(async () => {
    const { renderPage } = require('./harness') as typeof import('./harness')
    const query = /greeting-template\//.test(page) ? { occasion: 'birthday' } : undefined
    const rendered = await renderPage(page, { openid: SEED_CHAIR, cloud, query })
    await rendered.settle(200)
    expect(rendered.text()).toMatch(/[\u4e00-\u9fa5]/)
  })
})
