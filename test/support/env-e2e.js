// The journeys' environment: node, with playwright-core loaded once per worker, outside jest's
// module registry, for test/e2e/support.ts to take. Loaded inside the registry it cost every file
// 0.57 CPU-s again (a 3 MB bundle compiled afresh per file, 29 files).
const { TestEnvironment } = require('jest-environment-node')
const playwright = require('playwright-core')

module.exports = class E2EEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.__playwright = playwright
  }
}
