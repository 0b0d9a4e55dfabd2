import Taro from '@tarojs/taro'
import { createHarness, type Harness } from './harness'
import { fetchFromCloud } from './fetch-cloud'

/**
 * A page test's cloud: before each test a fresh harness (10:00 on 24 Nov 2026 in Shanghai), seeded
 * by `seed`, the real functions behind fetch (only the network is stood in for) and navigation
 * recorded; after each, mocks restored and the phone's storage cleared. Answers the current test's
 * harness.
 */
export function pageHarness(seed?: (h: Harness) => Promise<unknown>): () => Harness {
  let h: Harness | undefined
  beforeEach(async () => {
    h = createHarness()
    await seed?.(h)
    global.fetch = fetchFromCloud(h.cloud)
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  })
  afterEach(() => {
    jest.restoreAllMocks()
    localStorage.clear()
  })
  return () => {
    if (!h) throw new Error('pageHarness: used outside a test')
    return h
  }
}

/** The 建议 page's tests: 陈思远 (openid chen) and 周婷 (zhou). */
export const suggestionPageHarness = () =>
  pageHarness((h) =>
    h.members([
      { name: '陈思远', unit: '语文组', openid: 'chen' },
      { name: '周婷', unit: '数学组', openid: 'zhou' }
    ])
  )
