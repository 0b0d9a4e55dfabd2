// npm test: every test. Types; lint (eslint, prettier --check); units, functions and the db contract
// under TZ=UTC and TZ=America/Los_Angeles (the zone-free quality and db-contract suites once); UI (jsdom) likewise; the compiled mini-program
// (miniprogram-simulate); browser journeys in Chromium against the served H5 build.
// Ends with "N passed, N failed". `node scripts/test.mjs types lint` runs just those steps.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const CI = process.env.CI === 'true' || process.env.CI === '1'
const only = process.argv.slice(2)
const results = { passed: 0, failed: 0, skipped: 0 }
const steps = []
const outDir = join(root, 'test-results')
mkdirSync(outDir, { recursive: true })

function run(name, cmd, args, env = {}) {
  const t = Date.now()
  console.log(`\n── ${name} ──`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  steps.push({ name, ok, seconds: ((Date.now() - t) / 1000).toFixed(1) })
  return ok
}

function jest(name, project, env = {}, extra = []) {
  const file = join(outDir, `jest-${name.replace(/\W+/g, '-')}.json`)
  rmSync(file, { force: true })
  const ok = run(name, 'npx', ['jest', '--selectProjects', ...[project].flat(), '--json', `--outputFile=${file}`, '--ci', ...extra], env)
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'))
    results.passed += j.numPassedTests
    results.failed += j.numFailedTests
    results.skipped += j.numPendingTests
    if (!ok && j.numFailedTests === 0) results.failed += 1 // a suite that failed to load
  } else if (!ok) results.failed += 1
  return ok
}

const want = (s) => only.length === 0 || only.includes(s)

if (want('types')) {
  const ok = run('types (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
  if (ok) results.passed++
  else results.failed++
}
// one test: eslint (0 errors; warnings are shown) and prettier --check over every file that is not
// in .prettierignore's list of files not yet formatted
if (want('lint')) {
  const eslint = run('lint (eslint)', 'npx', ['eslint', '.'])
  const prettier = run('lint (prettier --check)', 'npx', ['prettier', '--check', '--log-level=warn', '.'])
  if (eslint && prettier) results.passed++
  else results.failed++
}
// The node tests mostly wait on the local cloud's modelled latency: both time zones run in one
// jest run (the -la projects, test/support/zoned-environment.js) with four workers on two cores,
// so the waits of one overlap the work of the other.
if (want('node')) jest('node, TZ=UTC and America/Los_Angeles', ['node', 'node-la'], { TZ: 'UTC' }, ['--maxWorkers=4'])
// jest's default is one worker on two cores; two halve the jsdom suites (measured: ui 109 s → 61 s,
// weapp 71 s → 39 s)
if (want('ui')) jest('ui, TZ=UTC and America/Los_Angeles', ['ui', 'ui-la'], { TZ: 'UTC' }, ['--maxWorkers=2'])
if (want('weapp')) {
  if (run('build:weapp', 'npm', ['run', '--silent', 'build:weapp'])) jest('weapp', 'weapp', { TZ: 'UTC' }, ['--maxWorkers=2'])
  else results.failed++
}
if (want('e2e')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium) && !CI) {
    console.warn('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!')
    console.warn(`!! NO CHROMIUM at ${chromium}: browser journeys SKIPPED.`)
    console.warn('!! apt-get install -y chromium fonts-noto-cjk   (CI=true requires them)')
    console.warn('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n')
  } else if (run('build:h5', 'npm', ['run', '--silent', 'build:h5'])) jest('e2e', 'e2e', { TZ: 'UTC' }, ['--forceExit', '--maxWorkers=2'])
  else results.failed++
}

console.log('\n── summary ──')
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`)
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`)
process.exit(results.failed > 0 || steps.some((s) => !s.ok) ? 1 : 0)
