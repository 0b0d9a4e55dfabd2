// moduleNameMapper entries: inside a test file's sandbox, wx-server-sdk and the local cloud's
// invocation runtime are the worker's one instance of each (./warm-sdk.js)
module.exports = {
  warmSdkModules: {
    '^wx-server-sdk$': '<rootDir>/test/support/warm-sdk-module.js',
    // cloudfunctions/_local/cloud.ts's import of the platform's runtime (a name nothing else imports)
    '^\\./scf-runtime$': '<rootDir>/test/support/warm-runtime-module.js'
  }
}
