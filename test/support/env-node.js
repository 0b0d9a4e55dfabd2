// the node projects' environment, in their time zone (zoned-environment.js), with the worker's one SDK (warm-sdk.js)
const { withWarmSdk } = require('./warm-sdk')
module.exports = withWarmSdk(require('./zoned-environment').zoned(require('jest-environment-node').TestEnvironment))
