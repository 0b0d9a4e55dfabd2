/**
 * One wx-server-sdk per jest worker, loaded outside jest's module registry, as one SCF instance
 * keeps its modules loaded across the invocations it serves. Loaded afresh in every test file's
 * registry (some 400 modules: request, psl's suffix list, @cloudbase/node-sdk, bson…) it was a fifth
 * of the node suite's CPU (340 against 268 CPU-s for node and node-la).
 *
 * The SDK reads the invocation's variables (WX_OPENID, TCB_CONTEXT_CNFG…) from the worker's real
 * process.env, so the local cloud's invocation environment (cloudfunctions/_local/scf-runtime.ts) is the
 * worker's too: loaded here once, it layers the real process.env, and each file's sandbox gets that
 * same process.env and that same module (./warm-sdk-modules.js maps the imports to them).
 *
 * The SDK's objects come from the worker's realm, not the file's: what a function answers reaches a
 * test as the wire carries it (JSON, test/support/harness.ts), and a test that looks at the SDK's
 * own results asks what a value is, not which realm made it (no instanceof on them).
 */
const { require: tsxRequire } = require('tsx/cjs/api')

const runtime = tsxRequire('../../cloudfunctions/_local/scf-runtime.ts', __filename)
runtime.installInvocationEnv()
const sdk = require('wx-server-sdk')

const SDK = Symbol.for('union.test.warmSdk')
const RUNTIME = Symbol.for('union.test.warmRuntime')

/** Hands a test environment's sandbox the worker's SDK, invocation runtime and process.env. */
function shareWarmSdk(environment) {
  environment.global[SDK] = sdk
  environment.global[RUNTIME] = runtime
  environment.global.process.env = process.env
}

module.exports = { shareWarmSdk }
