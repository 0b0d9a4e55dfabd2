// Every test file: any connection the local cloud refused (one that would have left the machine) fails it.
import { refusedConnections } from '../../cloudfunctions/_local/no-network'

afterAll(() => {
  if (refusedConnections.length) throw new Error(`a test tried to reach ${refusedConnections.join(', ')}: no request may leave the machine`)
})
