import { chunk, parseRows } from './parse-rows'
import { parseLunarText } from './lunar-text'

const T = '\t'
const line = (...cells: string[]) => cells.join(T)

describe('parseRows', () => {
  it('reads a row copied from Excel into the import shape', () => {
    const { rows } = parseRows(line('陈思远', '语文组', '男', '1990/1/8', '八月十五', '否', '138 0000 0001'))
    expect(rows).toHaveLength(1)
    expect(rows[0].errors).toEqual([])
    expect(rows[0].value).toEqual({
      name: '陈思远',
      unit: '语文组',
      gender: 'M',
      birthday: '1990-01-08',
      lunarBirthday: { month: 8, day: 15 },
      retired: false,
      phone: '13800000001'
    })
  })

  it('skips the header row and follows its column order', () => {
    const text = [line('部门', '姓名', '性别', '手机'), line('数学组', '周婷', '女', '13900000002')].join('\r\n')
    const { rows, headerSkipped } = parseRows(text)
    expect(headerSkipped).toBe(true)
    expect(rows.map((r) => r.value)).toEqual([{ name: '周婷', unit: '数学组', gender: 'F', phone: '13900000002' }])
    expect(rows[0].line).toBe(2)
  })

  it('leaves optional cells empty and ignores blank lines', () => {
    const { rows } = parseRows(`\n${line('刘芳', '语文组', '女', '', '', '', '')}\n\n`)
    expect(rows).toHaveLength(1)
    expect(rows[0].value).toEqual({ name: '刘芳', unit: '语文组', gender: 'F' })
  })

  it('explains every problem of a row in plain Chinese', () => {
    const { rows } = parseRows(line('', '语文组', '男士', '1990-02-30', '八月中旬', '退了', '12345'))
    expect(rows[0].value).toBeUndefined()
    expect(rows[0].errors).toEqual(
      expect.arrayContaining(['请填写姓名', '性别请填“男”或“女”（现在是“男士”）', '农历生日看不懂“八月中旬”，可以写成 八月十五 或 8-15', '退休请填“是”或“否”（现在是“退了”）', '手机号应为 11 位数字'])
    )
    expect(rows[0].errors.some((e) => e.includes('日期不存在'))).toBe(true)
  })

  it('asks for a gender when the cell is empty', () => {
    expect(parseRows(line('王五', '体育组')).rows[0].errors).toEqual(['请填写性别（男或女）'])
  })

  it('points at a row repeated in the paste, which the import would refuse', () => {
    const { rows } = parseRows([line('赵敏', '语文组', '女'), line('赵敏', '语文组', '女')].join('\n'))
    expect(rows[0].errors).toEqual([])
    expect(rows[1].errors).toEqual(['与第 1 行重复（赵敏，语文组）'])
    expect(rows[1].value).toBeUndefined()
  })

  it('accepts a comma-separated list typed by hand', () => {
    expect(parseRows('林涛，英语组，男').rows[0].value).toEqual({ name: '林涛', unit: '英语组', gender: 'M' })
  })
})

describe('parseLunarText', () => {
  it.each([
    ['八月十五', { month: 8, day: 15 }],
    ['正月初一', { month: 1, day: 1 }],
    ['腊月三十', { month: 12, day: 30 }],
    ['冬月廿三', { month: 11, day: 23 }],
    ['闰四月初八', { month: 4, day: 8, leap: true }],
    ['十二月二十', { month: 12, day: 20 }],
    ['8-15', { month: 8, day: 15 }],
    ['8/15', { month: 8, day: 15 }],
    ['8月15日', { month: 8, day: 15 }],
    ['闰4-8', { month: 4, day: 8, leap: true }],
    ['农历九月初九', { month: 9, day: 9 }]
  ])('reads %s', (text, expected) => {
    expect(parseLunarText(text)).toEqual(expected)
  })

  it.each(['八月', 'abc', '十五'])('refuses %s', (text) => {
    expect(parseLunarText(text)).toBeUndefined()
  })
})

describe('chunk', () => {
  it('splits 1,201 rows into calls of 500, 500 and 201', () => {
    expect(
      chunk(
        Array.from({ length: 1201 }, (_, i) => i),
        500
      ).map((c) => c.length)
    ).toEqual([500, 500, 201])
  })
})
