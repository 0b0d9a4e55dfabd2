// the node projects' environment, in their time zone (zoned-environment.js), with the worker's one SDK (warm-sdk.js)
const { shareWarmSdk } = require('./warm-sdk')
const Zoned = require('./zoned-environment').zoned(require('jest-environment-node').TestEnvironment)

module.exports = class NodeEnvironment extends Zoned {
  constructor(config, context) {
    super(config, context)
    this.restoreEnv = shareWarmSdk(this)
  }

  async teardown() {
    this.restoreEnv()
    await super.teardown()
  }
}
