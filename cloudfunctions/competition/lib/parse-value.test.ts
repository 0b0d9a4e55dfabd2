import { formatValue, parseMeasured, parseTimed } from './parse-value'

const ok = (v: number) => ({ ok: true, value: v })

describe('parse-value', () => {
  it('reads seconds and m:ss.xx alike', () => {
    expect(parseTimed('12.34')).toEqual(ok(12.34))
    expect(parseTimed(12.3)).toEqual(ok(12.3))
    expect(parseTimed('1:02.50')).toEqual(ok(62.5))
    expect(parseTimed('1：02.5')).toEqual(ok(62.5))
    expect(parseTimed('1:02:03')).toEqual(ok(3723))
  })

  it('refuses words, negative times and impossible seconds', () => {
    expect(parseTimed('快')).toMatchObject({ ok: false })
    expect(parseTimed(-3)).toMatchObject({ ok: false, message: '计时成绩必须大于 0' })
    expect(parseTimed('1:75.00')).toMatchObject({ ok: false })
    expect(parseTimed('')).toMatchObject({ ok: false })
  })

  it('reads metres to the centimetre and counts as whole numbers', () => {
    expect(parseMeasured('2.355', 'm')).toEqual(ok(2.36))
    expect(parseMeasured('2.35米', 'm')).toEqual(ok(2.35))
    expect(parseMeasured(36, 'count')).toEqual(ok(36))
    expect(parseMeasured('36.5', 'count')).toMatchObject({ ok: false, message: '次数必须是整数' })
    expect(parseMeasured('-1', 'm')).toMatchObject({ ok: false, message: '距离（米）不能为负数' })
    expect(parseMeasured('abc', 'm')).toMatchObject({ ok: false })
  })

  it('writes values the way the board shows them', () => {
    expect(formatValue('timed', 'm', 12.3)).toBe('12.30秒')
    expect(formatValue('timed', 'm', 62.5)).toBe('1:02.50')
    expect(formatValue('timed', 'm', 3723)).toBe('1:02:03.00')
    expect(formatValue('measured', 'm', 2.4)).toBe('2.40米')
    expect(formatValue('measured', 'count', 36)).toBe('36次')
    expect(formatValue('judged', 'm', 92)).toBe('92.00分')
  })
})
