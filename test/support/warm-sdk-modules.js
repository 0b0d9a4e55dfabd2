// moduleNameMapper entry: inside a test file's sandbox, wx-server-sdk is the worker's one instance (./warm-sdk.js)
module.exports = { warmSdkModules: { '^wx-server-sdk$': '<rootDir>/test/support/warm-sdk-module.js' } }
