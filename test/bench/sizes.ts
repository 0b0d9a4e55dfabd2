import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchRow } from './types'

const KB = 1024

function dirSize(dir: string, skip: Set<string> = new Set()): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (skip.has(p)) continue
    total += e.isDirectory() ? dirSize(p, skip) : statSync(p).size
  }
  return total
}

/** Main package = everything outside the subpackage roots named in app.json. */
export function weappSizes(weappDir: string): BenchRow[] {
  const app = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const rows: BenchRow[] = []
  const main = dirSize(weappDir, new Set(subs.map((r) => join(weappDir, r))))
  rows.push({ scenario: 'weapp size', figure: 'main package', value: `${(main / KB).toFixed(0)} KB`, target: '≤ 800 KB', pass: main <= 800 * KB })
  for (const r of subs) {
    const size = existsSync(join(weappDir, r)) ? dirSize(join(weappDir, r)) : 0
    rows.push({ scenario: 'weapp size', figure: `subpackage ${r}`, value: `${(size / KB).toFixed(0)} KB`, target: '≤ 2048 KB', pass: size <= 2048 * KB })
  }
  return rows
}

/** Cold require of each bundled function in a fresh node, with wx-server-sdk stubbed. */
export function functionSizes(fnDir: string): BenchRow[] {
  const rows: BenchRow[] = []
  const stub = `const M=require('module');const o=M._load;M._load=function(r,...a){if(r==='wx-server-sdk')return{init(){},DYNAMIC_CURRENT_ENV:'',database(){return{command:{},collection(){return{}}}},getWXContext(){return{}},openapi:{}};return o.call(this,r,...a)};`
  for (const fn of readdirSync(fnDir).sort()) {
    const file = join(fnDir, fn, 'index.js')
    if (!existsSync(file)) continue
    const size = statSync(file).size
    rows.push({ scenario: 'function size', figure: fn, value: `${(size / KB).toFixed(1)} KB`, target: '≤ 500 KB', pass: size <= 500 * KB })
    const ms = Number(
      execFileSync(process.execPath, [
        '-e',
        `${stub}const t=process.hrtime.bigint();const m=require(${JSON.stringify(file)});if(typeof m.main!=='function')throw new Error('no main');console.log(Number(process.hrtime.bigint()-t)/1e6)`
      ])
        .toString()
        .trim()
    )
    rows.push({ scenario: 'function cold require', figure: fn, value: `${ms.toFixed(1)} ms`, target: '< 300 ms', pass: ms < 300 })
  }
  return rows
}
