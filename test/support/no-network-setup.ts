// Every test file: any connection refused while it ran (one that would have left the machine) fails
// it. The list is the worker's (cloudfunctions/_local/no-network.ts): this file's part is what it added.
import { refusedConnections } from '../../cloudfunctions/_local/no-network'

let before = 0
beforeAll(() => {
  before = refusedConnections.length
})
afterAll(() => {
  const refused = refusedConnections.slice(before)
  if (refused.length) throw new Error(`a test tried to reach ${refused.join(', ')}: no request may leave the machine`)
})
