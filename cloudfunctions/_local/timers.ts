import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Cron } from 'croner'
import type { LocalCloud } from './cloud'

export interface TriggerSpec {
  name: string
  type: string
  config: string
}

function readTriggers(functionsDir: string, fn: string): TriggerSpec[] {
  const file = join(functionsDir, fn, 'config.json')
  if (!existsSync(file)) return []
  const cfg = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: TriggerSpec[] }
  return (cfg.triggers ?? []).filter((t) => t.type === 'timer')
}

/**
 * WeChat writes 7 fields (second minute hour day month week year) and reads them as Beijing time;
 * croner takes the first six, and the year field is checked at fire time.
 */
export function toCroner(expr: string): { pattern: string; year: string } {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`timer cron must have 7 fields: ${expr}`)
  return { pattern: parts.slice(0, 6).join(' '), year: parts[6] }
}

function yearMatches(year: string, y: number): boolean {
  if (year === '*') return true
  return year.split(',').some((p) => {
    const [a, b] = p.split('-').map(Number)
    return b === undefined ? a === y : y >= a && y <= b
  })
}

export function scheduleTimers(cloud: LocalCloud, functionsDir: string): Cron[] {
  const jobs: Cron[] = []
  for (const fn of Object.keys(cloud.functions)) {
    for (const t of readTriggers(functionsDir, fn)) {
      const { pattern, year } = toCroner(t.config)
      const job = new Cron(pattern, { timezone: 'Asia/Shanghai', protect: true, catch: true, unref: true }, async () => {
        // the year as the cron reads it, in Beijing
        if (!yearMatches(year, Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)))) return
        await cloud.fireTimer(fn, t.name)
      })
      jobs.push(job)
    }
  }
  return jobs
}
