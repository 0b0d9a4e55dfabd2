/**
 * The phone's or the server's time zone can reach a date in one of a few ways: a local-time method
 * of Date (getHours, setDate…), a Date built from parts or from a date-time without a zone, a
 * toLocale…String, an Intl formatter without timeZone, or dayjs used outside the two clock modules
 * (cloudfunctions/_shared/clock.ts, src/lib/beijing.ts). None is allowed in code that ships. This is
 * what lets npm test run only the clock modules and the tests that move the clock a second time under
 * America/Los_Angeles (jest.config.js, zoneSensitive): with every path to the zone closed here, those
 * are the tests whose outcome a zone could change.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { filesUnder, read, REPO } from '../support/style-scan'

interface Finding {
  file: string
  line: number
  text: string
  why: string
}

const RULES: { re: RegExp; why: string }[] = [
  { re: /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/, why: 'a local-time Date method (use the UTC one, or the Beijing clock)' },
  { re: /\.getTimezoneOffset\(/, why: "the machine's zone offset" },
  { re: /\.toLocale(Date|Time)?String\(/, why: 'toLocale…String formats in the local zone' },
  { re: /new Date\(\s*[^()]*?,/, why: 'a Date built from parts is local time' },
  { re: /(new Date|Date\.parse)\(\s*[`'"][^`'"]*T[^`'"]*[`'"]\s*\)/, why: 'a date-time string' },
  { re: /Intl\.DateTimeFormat\((?![^)]*timeZone)/, why: 'Intl.DateTimeFormat without timeZone' },
  { re: /from 'dayjs/, why: 'dayjs outside the clock modules' }
]

/** Lines that read like a rule but are not about the zone, each with why. */
const ALLOWED: { file: string; re: RegExp }[] = [
  // lunar-javascript's Lunar and Solar objects, built from a Beijing Y-M-D, not Dates
  { file: 'cloudfunctions/_shared/calendar.ts', re: /\bl\.get(Month|Day)\(\)/ },
  // the two clock modules are where the zone is handled
  { file: 'cloudfunctions/_shared/clock.ts', re: /./ },
  { file: 'src/lib/beijing.ts', re: /./ }
]

/** A date-time string with its zone written in (Z or ±hh:mm) is the same instant everywhere. */
const zoned = (text: string) => /T[^`'"]*(Z|[+-]\d\d:?\d\d)[`'"]/.test(text)

export function findings(file: string, source: string): Finding[] {
  const out: Finding[] = []
  source.split('\n').forEach((text, i) => {
    if (/^\s*(\/\/|\*)/.test(text)) return
    for (const r of RULES) {
      if (!r.re.test(text)) continue
      if (r.why === 'a date-time string' && zoned(text)) continue
      if (ALLOWED.some((a) => a.file === file && a.re.test(text))) continue
      out.push({ file, line: i + 1, text: text.trim(), why: r.why })
    }
  })
  return out
}

const shipped = [join(REPO, 'cloudfunctions'), join(REPO, 'src'), join(REPO, 'types')]
  .flatMap((d) => filesUnder(d, /\.tsx?$/))
  .filter((f) => !/\.test\.tsx?$|\/testing\.ts$|^cloudfunctions\/_local\//.test(f))

describe('the scanner', () => {
  it('finds each way a zone gets in, once each', () => {
    const bad = [
      'const h = d.getHours()',
      'd.setDate(1)',
      'const off = new Date().getTimezoneOffset()',
      'label = d.toLocaleDateString()',
      'const d = new Date(2026, 0, 1)',
      'const t = new Date(`${day}T08:00`)',
      "new Intl.DateTimeFormat('zh-CN')",
      "import dayjs from 'dayjs'"
    ]
    expect(bad.map((line) => findings('src/x.ts', line).length)).toEqual(bad.map(() => 1))
  })

  it('lets UTC methods, instants with their zone and Intl with timeZone through', () => {
    const good = [
      'd.getUTCHours()',
      'new Date(`${day}T00:00:00Z`)',
      "Date.parse('2026-12-01T09:00:00+08:00')",
      "new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai' })",
      'new Date(Date.now() + 1)'
    ]
    expect(good.flatMap((line) => findings('src/x.ts', line))).toEqual([])
  })
})

it(`no code that ships reads the local time zone (${shipped.length} files)`, () => {
  expect(shipped.length).toBeGreaterThan(200)
  const found = shipped.flatMap((f) => findings(f, read(f)))
  expect(found.map((f) => `${f.file}:${f.line} ${f.why}: ${f.text}`)).toEqual([])
})

it('test/zone-leak.json (which clock-moving tests run once only) names test files that exist', () => {
  // a renamed or deleted test left in the list would hide nothing, but a stale list is a wrong record
  const { sees, blind } = JSON.parse(read('test/zone-leak.json')) as { sees: string[]; blind: string[] }
  const missing = [...sees, ...blind].filter((f) => !existsSync(join(REPO, f)))
  expect(missing).toEqual([])
  expect(blind.length).toBeGreaterThan(0)
})
