import { fireEvent, render, screen } from '@testing-library/react'
import { LocalCloud } from '../../../cloudfunctions/_local/cloud'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Mine from './index'

let cloud: LocalCloud

beforeEach(() => {
  // a first deploy: no collections yet; chair-openid is the bootstrap chair (UNION_CHAIR_OPENIDS)
  cloud = new LocalCloud({ quiet: true, autoSetup: false, env: { UNION_CHAIR_OPENIDS: 'chair-openid' } })
  global.fetch = fetchFromCloud(cloud)
})

afterEach(async () => {
  localStorage.clear()
  await cloud.close()
})

it('offers the bootstrap chair 初始化 on a fresh environment, then the way to import the roster', async () => {
  localStorage.setItem(OPENID_KEY, 'chair-openid')
  render(<Mine />)
  fireEvent.click(await screen.findByText('初始化'))
  expect(await screen.findByText('导入名单')).toBeTruthy()
  expect(cloud.store.names()).toContain('signups')
})

it('tells anyone else that only the configured chair can initialise, and creates nothing', async () => {
  localStorage.setItem(OPENID_KEY, 'someone')
  render(<Mine />)
  fireEvent.click(await screen.findByText('初始化'))
  expect(await screen.findByText(/只有配置在 UNION_CHAIR_OPENIDS 中的主席可以初始化/)).toBeTruthy()
  expect(cloud.store.names()).toEqual([])
})
