// Which tests can see a time-zone leak: `npm run zone-leak` (about two minutes) makes the two clock
// modules read the machine's zone (the leak test/quality/zone-scan.test.ts forbids everywhere else),
// runs every test that moves the clock under America/Los_Angeles, and puts the clock modules back.
// A test that still passes cannot tell Shanghai's day from the machine's: jest.config.js leaves it
// out of the second, Los Angeles run. Writes test/zone-leak.json; run it again after adding tests
// that move the clock (until then they run in Los Angeles anyway).
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname

/** Each clock module, and the edits that make it read the machine's zone instead of Shanghai's. */
const LEAKS = {
  'cloudfunctions/_shared/clock.ts': [
    ['dayjs(instant).tz(UNION_TZ)', 'dayjs(instant)'],
    ['new Date(`${date}T00:00:00+08:00`)', 'dayjs(date).toDate()']
  ],
  'src/lib/beijing.ts': [
    ['const d = shifted(at)', 'const d = new Date(shifted(at).getTime() - OFFSET_MS)'],
    ...['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Day'].map((p) => [new RegExp(`getUTC${p}\\(`, 'g'), `get${p}(`]),
    ['new Date(Date.UTC(y, m - 1, d, h - 8, mi))', 'new Date(y, m - 1, d, h, mi)']
  ]
}

const originals = Object.fromEntries(Object.keys(LEAKS).map((f) => [f, readFileSync(join(root, f), 'utf8')]))
const restore = () => {
  for (const [f, text] of Object.entries(originals)) writeFileSync(join(root, f), text)
}
process.on('SIGINT', () => {
  restore()
  process.exit(130)
})

const out = join(root, 'test-results', 'zone-leak.json')
try {
  for (const [f, edits] of Object.entries(LEAKS)) {
    let text = originals[f]
    for (const [from, to] of edits) {
      const next = text.replace(from, to)
      if (next === text) throw new Error(`zone-leak: ${f} no longer has ${from}; update LEAKS`)
      text = next
    }
    writeFileSync(join(root, f), text)
  }
  rmSync(out, { force: true })
  // ZONE_LEAK_ALL: every test that moves the clock, as if none had been classified yet
  spawnSync('npx', ['jest', '--selectProjects', 'node-la', 'ui-la', '--maxWorkers=3', '--json', `--outputFile=${out}`], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', ZONE_LEAK_ALL: '1' }
  })
} finally {
  restore()
}

const results = JSON.parse(readFileSync(out, 'utf8')).testResults
const rel = (t) => relative(root, t.name)
const sees = results
  .filter((t) => t.status === 'failed')
  .map(rel)
  .sort()
const blind = results
  .filter((t) => t.status !== 'failed')
  .map(rel)
  .sort()
writeFileSync(
  join(root, 'test', 'zone-leak.json'),
  JSON.stringify(
    { note: 'written by npm run zone-leak: the clock-moving tests that fail (sees) or still pass (blind) when the clock modules read the machine zone, under America/Los_Angeles', sees, blind },
    null,
    2
  ) + '\n'
)
console.log(`zone-leak: ${sees.length} tests see a leak, ${blind.length} are blind to it (test/zone-leak.json)`)
