// the ui projects' environment, in their time zone (zoned-environment.js)
module.exports = require('./zoned-environment').zoned(require('jest-environment-jsdom').TestEnvironment)
