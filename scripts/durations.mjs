// Writes test/durations.json (test file → seconds it took) from the last `npm test`'s jest reports in
// test-results/, for test/support/sequencer.js: a fresh clone has no jest cache, and jest would
// otherwise start files by size, leaving small but slow files (the every-page walks are four lines)
// to the end of the run. Run after a full `npm test` when files have been added or slowed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dir = join(root, 'test-results')
const out = {}
for (const f of readdirSync(dir).filter((f) => f.startsWith('jest-') && f.endsWith('.json'))) {
  for (const t of JSON.parse(readFileSync(join(dir, f), 'utf8')).testResults) {
    const file = relative(root, t.name)
    const s = Math.round((t.endTime - t.startTime) / 100) / 10
    out[file] = Math.max(out[file] ?? 0, s)
  }
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)))
writeFileSync(join(root, 'test', 'durations.json'), `${JSON.stringify(sorted, null, 2)}\n`)
console.log(`test/durations.json: ${Object.keys(sorted).length} files`)
