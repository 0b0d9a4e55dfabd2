import Taro from '@tarojs/taro'
import { createHarness, type Harness } from './harness'
import { fetchFromCloud } from './fetch-cloud'

/**
 * A page test's cloud, made fresh before each test by `make` (a harness, or a kit around one such
 * as congressKit): the real functions behind fetch (only the network is stood in for) and
 * navigation recorded; after each, mocks restored, the phone's storage cleared and the cloud
 * closed. Answers the current test's fixture.
 */
export function pageFixture<K extends { h: Harness }>(make: () => Promise<K>): () => K {
  let current: K | undefined
  beforeEach(async () => {
    current = await make()
    global.fetch = fetchFromCloud(current.h.cloud)
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    localStorage.clear()
    await current?.h.cloud.close()
  })
  return () => {
    if (!current) throw new Error('pageFixture: used outside a test')
    return current
  }
}

/** pageFixture over a plain harness (10:00 on 24 Nov 2026 in Shanghai), seeded by `seed`; answers the harness. */
export function pageHarness(seed?: (h: Harness) => Promise<unknown>): () => Harness {
  const fixture = pageFixture(async () => {
    const h = createHarness()
    await seed?.(h)
    return { h }
  })
  return () => fixture().h
}

/** The 建议 page's tests: 陈思远 (openid chen) and 周婷 (zhou). */
export const suggestionPageHarness = () =>
  pageHarness((h) =>
    h.members([
      { name: '陈思远', unit: '语文组', openid: 'chen' },
      { name: '周婷', unit: '数学组', openid: 'zhou' }
    ])
  )
