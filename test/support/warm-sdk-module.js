// wx-server-sdk inside a test file's sandbox: the worker's one instance (./warm-sdk.js)
module.exports = globalThis[Symbol.for('union.test.warmSdk')]
