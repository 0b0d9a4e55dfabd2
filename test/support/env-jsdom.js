// the ui and weapp projects' environment, in their time zone (zoned-environment.js), with the worker's one SDK (warm-sdk.js)
const { shareWarmSdk } = require('./warm-sdk')
const Zoned = require('./zoned-environment').zoned(require('jest-environment-jsdom').TestEnvironment)

module.exports = class JsdomEnvironment extends Zoned {
  constructor(config, context) {
    super(config, context)
    this.restoreEnv = shareWarmSdk(this)
  }

  async teardown() {
    this.restoreEnv()
    await super.teardown()
  }
}
