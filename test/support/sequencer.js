/**
 * Jest's own order (slowest first by its cache, else by file size), with test/durations.json
 * standing in for the cache on a fresh clone: CI has no cache, and by size the every-page walks
 * (four-line files, over a minute each) would start last and hold the whole run up.
 * Refresh the list with `node scripts/durations.mjs` after a full `npm test`.
 */
const Sequencer = require('@jest/test-sequencer').default
const { relative } = require('node:path')
const durations = require('../durations.json')

const root = require('node:path').resolve(__dirname, '..', '..')

class KnownDurations extends Sequencer {
  time(test) {
    const cached = super.time(test)
    if (cached != null) return cached
    const s = durations[relative(root, test.path)]
    return s == null ? undefined : s * 1000
  }
}

module.exports = KnownDurations
