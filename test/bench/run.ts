/**
 * npm run bench: every scenario the issues name, with its figures and targets, as one table.
 * Builds the mini-program and the functions first so sizes are of what would ship.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { functionSizes, weappSizes } from './sizes'
import type { Bench, BenchRow } from './types'

const root = join(__dirname, '..', '..')
// every figure on the faithful model: 15 ms a database request (LocalCloud reads this when it starts)
process.env.LOCAL_DB_LATENCY_MS ??= '15'

async function main(): Promise<void> {
  const rows: BenchRow[] = []
  const only = process.argv.slice(2)
  const benches = readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && !['run.ts', 'types.ts', 'sizes.ts', 'rows.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((n) => only.length === 0 || only.includes(n))
  for (const name of benches) {
    process.stderr.write(`bench ${name}…\n`)
    const mod = (await import(join(__dirname, name))) as { bench: Bench }
    rows.push(...(await mod.bench()))
  }
  if (only.length === 0 || only.includes('sizes')) {
    if (process.env.BENCH_SKIP_BUILD !== '1') {
      process.stderr.write('building weapp and functions…\n')
      const r = spawnSync('npm', ['run', '--silent', 'build:weapp'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
      if (r.status !== 0) throw new Error('build:weapp failed')
    }
    const weapp = resolve(root, process.env.WEAPP_DIST ?? 'dist/weapp')
    if (existsSync(join(weapp, 'app.json'))) rows.push(...weappSizes(weapp))
    const fns = resolve(root, process.env.FUNCTIONS_OUTPUT ?? 'dist/cloudfunctions')
    if (existsSync(fns)) rows.push(...functionSizes(fns))
  }
  print(rows)
  if (rows.some((r) => r.pass === false)) process.exitCode = 1
}

function print(rows: BenchRow[]): void {
  const head = ['scenario', 'figure', 'value', 'target', 'ok']
  const body = rows.map((r) => [r.scenario, r.figure, r.value, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'yes' : 'NO'])
  // CJK characters take two columns in a terminal
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))))
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(cols[i] - width(c))).join('  ')
  console.log(line(head))
  console.log(cols.map((w) => '-'.repeat(w)).join('  '))
  for (const b of body) console.log(line(b))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
