import writeXlsxFile from 'write-excel-file/node'
import { parseGrid } from '../../../lib/parse-rows'
import { parseCsv, readSheet, SheetError } from './read-sheet'

type Cell = { value: string | number | Date; type?: typeof String | typeof Number | typeof Date; format?: string } | null

const xlsx = (rows: Cell[][]): Promise<Buffer> => writeXlsxFile(rows as never).toBuffer()
const s = (value: string): Cell => ({ value, type: String })

describe('readSheet: a file picked from a chat', () => {
  it('reads an .xlsx whose header is in its own order, with a real date cell and a bare Excel day count', async () => {
    const file = await xlsx([
      [s('手机'), s('部门（单位）'), s('姓名'), s('性别'), s('生日'), s('退休')],
      [s('13800000001'), s('语文组'), s('陈思远'), s('男'), { value: new Date(Date.UTC(1975, 2, 8)), type: Date, format: 'yyyy-mm-dd' }, s('否')],
      [{ value: 13900000002, type: Number }, s('数学组'), s('周婷'), s('女'), { value: 27461, type: Number }, s('是')]
    ])
    const grid = await readSheet('名单.xlsx', file)
    const { rows, headerSkipped } = parseGrid(grid)
    expect(headerSkipped).toBe(true)
    expect(rows.map((r) => r.errors)).toEqual([[], []])
    expect(rows.map((r) => r.value)).toEqual([
      { name: '陈思远', unit: '语文组', gender: 'M', birthday: '1975-03-08', retired: false, phone: '13800000001' },
      { name: '周婷', unit: '数学组', gender: 'F', birthday: '1975-03-08', retired: true, phone: '13900000002' }
    ])
  })

  it('reads an .xlsx where there is no File or Blob, as in the mini-program', async () => {
    const file = await xlsx([
      [s('姓名'), s('部门'), s('性别')],
      [s('陈思远'), s('语文组'), s('男')]
    ])
    const g = globalThis as unknown as Record<string, unknown>
    const saved = { File: g.File, Blob: g.Blob }
    delete g.File
    delete g.Blob
    try {
      expect(parseGrid(await readSheet('名单.xlsx', file)).rows[0].value).toEqual({ name: '陈思远', unit: '语文组', gender: 'M' })
    } finally {
      Object.assign(g, saved)
    }
  })

  it('lists bad rows by their row number in the sheet, naming the column and what is wrong', async () => {
    const file = await xlsx([
      [s('姓名'), s('单位'), s('性别'), s('生日')],
      [s('王强'), s('体育组'), s('男'), s('1980/5/6')],
      [s('李娜'), s('英语组'), s('女士'), s('1980-02-30')],
      [s(''), s('英语组'), s('女'), s('')]
    ])
    const { rows } = parseGrid(await readSheet('名单.xlsx', file))
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4])
    expect(rows[0].value).toMatchObject({ name: '王强', birthday: '1980-05-06' })
    expect(rows[1].value).toBeUndefined()
    expect(rows[1].errors).toEqual(['性别请填“男”或“女”（现在是“女士”）', '生日 1980-02-30 这个日期不存在'])
    expect(rows[2].errors).toEqual(['请填写姓名'])
  })

  it('reads a UTF-8 .csv saved by Excel (BOM, quotes, CRLF) and keeps row numbers across blank lines', async () => {
    const text = '\ufeff姓名,部门,性别,生日,手机\r\n"张, 三",语文组,男,1975/3/8,13800000003\r\n\r\n赵敏,"数学""一""组",女,27461,\r\n'
    const grid = await readSheet('名单.csv', new TextEncoder().encode(text))
    const { rows } = parseGrid(grid)
    expect(rows.map((r) => [r.line, r.value?.name, r.value?.unit, r.value?.birthday])).toEqual([
      [2, '张, 三', '语文组', '1975-03-08'],
      [4, '赵敏', '数学"一"组', '1975-03-08']
    ])
  })

  it('reads a .csv saved by Excel on a Chinese Windows (GBK) where the phone can decode it', async () => {
    const gbk = new Uint8Array([208, 213, 195, 251, 44, 178, 191, 195, 197, 44, 208, 212, 177, 240, 10, 213, 197, 200, 253, 44, 211, 239, 206, 196, 215, 233, 44, 196, 208, 10])
    expect(parseGrid(await readSheet('名单.csv', gbk)).rows[0].value).toEqual({ name: '张三', unit: '语文组', gender: 'M' })
  })

  it('refuses an old .xls, a broken .xlsx and a picture, saying what to do instead', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(readSheet('名单.xls', xls)).rejects.toThrow(/旧版 Excel（\.xls）.*另存为/)
    await expect(readSheet('照片.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).rejects.toThrow(SheetError)
    await expect(readSheet('坏.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/打不开/)
  })
})

describe('dates as spreadsheets hold them', () => {
  it('reads 1975-03-08, 1975/3/8, 1975年3月8日, 19750308 and the day count 27461 alike, and questions a bare year', () => {
    const { rows } = parseGrid([['姓名', '部门', '性别', '生日'], ...['1975-03-08', '1975/3/8', '1975年3月8日', '19750308', '27461', '1975'].map((d, i) => [`会员${i}`, '语文组', '女', d])])
    expect(rows.slice(0, 5).map((r) => r.value?.birthday)).toEqual(Array(5).fill('1975-03-08'))
    expect(rows[5].errors).toEqual(['生日格式应为 YYYY-MM-DD，例如 1990-01-08'])
  })
})

describe('parseCsv', () => {
  it('splits quoted cells, doubled quotes and line ends as Excel writes them', () => {
    expect(parseCsv('a,"b,c","d""e"\r\nf,,g')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f', '', 'g']
    ])
  })
})
