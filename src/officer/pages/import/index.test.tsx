import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import writeXlsxFile from 'write-excel-file/node'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import Import from './index'

let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '王老师', unit: '语文组' }])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, CHAIR)
  jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve() as never)
  setRoute({})
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const s = (value: string) => ({ value, type: String })

/** Picks a file as the chair would in H5: the page's file input, given a real .xlsx. */
async function chooseFile(name: string, bytes: Uint8Array) {
  fireEvent.click(screen.getByText('选择表格文件'))
  const input = document.querySelector<HTMLInputElement>('input.import__file-input')
  expect(input).not.toBeNull()
  Object.defineProperty(input, 'files', { value: [new File([bytes as unknown as BlobPart], name)] })
  fireEvent.change(input!)
}

const names = async () => ((await h.ok<{ items: { name: string }[] }>('member', CHAIR, { action: 'list' })).items ?? []).map((m) => m.name).sort()

it('saves the good rows of a chosen .xlsx, lists the bad ones by row and column, and lets them be fixed and imported', async () => {
  const file = await writeXlsxFile([
    [s('姓名'), s('单位'), s('性别'), s('生日')],
    [s('吕新'), s('数学组'), s('男'), { value: 27461, type: Number }],
    [s('贾玉'), s('英语组'), s('女士'), s('1992-02-28')],
    [s('钱程'), s('体育组'), s('男'), s('1992-02-30')]
  ] as never).toBuffer()
  render(<Import />)
  await chooseFile('名单.xlsx', new Uint8Array(file))

  expect(await screen.findByText('3 行，2 行有问题')).toBeTruthy()
  expect(screen.getByText('性别请填“男”或“女”（现在是“女士”）')).toBeTruthy()
  expect(screen.getByText('生日 1992-02-30 这个日期不存在')).toBeTruthy()
  expect(screen.getByText('第 3 行')).toBeTruthy()
  fireEvent.click(screen.getByText('导入 1 人'))

  expect(await screen.findByText('新增 1 人')).toBeTruthy()
  expect(await names()).toEqual(['吕新', '王老师'].sort())
  expect(screen.getByText('还有 2 行没有导入')).toBeTruthy()

  fireEvent.click(screen.getByText('改正这些行再导入'))
  const paste = document.querySelector('.import__paste textarea, textarea.import__paste') as HTMLTextAreaElement
  expect(paste.value).toBe('姓名\t单位\t性别\t生日\n贾玉\t英语组\t女士\t1992-02-28\n钱程\t体育组\t男\t1992-02-30')
  fireEvent.input(paste, { target: { value: '姓名\t单位\t性别\t生日\n贾玉\t英语组\t女\t1992-02-28\n钱程\t体育组\t男\t1992-02-29' } })
  fireEvent.click(screen.getByText('检查名单'))
  fireEvent.click(await screen.findByText('导入 2 人'))
  expect(await screen.findByText('新增 2 人')).toBeTruthy()
  expect(await names()).toEqual(['吕新', '王老师', '贾玉', '钱程'].sort())
})

it('says what to do with an old .xls instead of failing silently', async () => {
  render(<Import />)
  await chooseFile('旧名单.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
  expect(await screen.findByText(/旧版 Excel（\.xls）文件，这里读不了/)).toBeTruthy()
  expect(screen.queryByText('导入完成')).toBeNull()
})
