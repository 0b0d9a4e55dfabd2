/**
 * Database requests per action: the demo union seeded through the functions' own actions (every
 * kind of call a union makes in its first weeks), counted by the local CloudBase stand-in.
 */
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { seedDemo } from '../../cloudfunctions/_local/seed'
import type { Bench, BenchRow } from './types'

export const bench: Bench = async () => {
  // latency does not change the count: keep the seeding quick
  const cloud = new LocalCloud({ quiet: true, latency: '0' })
  try {
    await seedDemo(cloud)
    return [...cloud.requestCounts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([action, counts]): BenchRow => {
        const sorted = [...counts].sort((x, y) => x - y)
        return { scenario: 'database requests per call', figure: action, value: `median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]} (${counts.length} calls)` }
      })
  } finally {
    await cloud.close()
  }
}
