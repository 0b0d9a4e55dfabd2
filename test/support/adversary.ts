import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The anonymity attacks' tools: what an adversary holding the local cloud's DATA_DIR reads. */

/** A deterministic shuffle, so a failure can be replayed. */
export const shuffle = <T>(xs: T[], seed: number): T[] => {
  const out = [...xs]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Every document line of a collection's datafile, in write order (index lines left out). */
export const lines = (dir: string, coll: string) =>
  readFileSync(join(dir, `${coll}.db`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>)
    .filter((d) => !('$$indexCreated' in d))
