import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { kit } from '../../../../cloudfunctions/activity/testing'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import ActivityRoster from './index'

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('copies exactly the members still to sign up, by unit, ready for the staff group', async () => {
  const k = await kit(5, [{ name: '王芳' }, { name: '李强' }, { name: '周婷' }, { name: '赵敏' }, { name: '孙丽', gender: 'F' }])
  const id = await k.create({ title: '周末登山' })
  await k.signup(k.people[1], id)
  global.fetch = fetchFromCloud(k.h.cloud)
  localStorage.setItem(OPENID_KEY, k.officer)
  setRoute({ id })
  const copy = jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve() as never)

  render(<ActivityRoster />)
  // 李强 signed up; everyone else (the officer too) is still to chase, by the deadline (2026-11-30T10:00Z, 18:00 in Beijing)
  expect(await screen.findByText('未报名 5')).toBeTruthy()
  fireEvent.click(screen.getByText('复制未报名名单（按部门）'))
  expect(copy).toHaveBeenCalledWith({
    data: ['请以下老师报名“周末登山”：', '数学组：赵敏', '体育组：王委员', '语文组：孙丽、王芳、周婷', '报名截止 11月30日 18:00，请打开工会助手 → 活动 报名，谢谢！'].join('\n')
  })
})
