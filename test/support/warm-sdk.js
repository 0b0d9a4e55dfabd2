/**
 * One wx-server-sdk per jest worker, loaded outside jest's module registry, as one SCF instance
 * keeps its modules loaded across the invocations it serves. Loaded afresh in every test file's
 * registry (some 400 modules: request, psl's suffix list, @cloudbase/node-sdk, bson…) it was a fifth
 * of the node suite's CPU: node and node-la took 383 CPU-s that way and 294 this way, measured back
 * to back (ui and ui-la 103 against 88).
 *
 * The SDK reads the invocation's variables (WX_OPENID, TCB_CONTEXT_CNFG…) from the worker's real
 * process.env, so the worker layers it here with the local cloud's invocation environment
 * (cloudfunctions/_local/scf-runtime.ts, whose store every module registry shares), and each test
 * file's sandbox gets that same process.env, restored after the file. The no-network guard is the
 * worker's too (cloudfunctions/_local/no-network.ts). The SDK initialises once per worker
 * (wx-server-sdk's init keeps its first config): every function passes the same one
 * (cloudfunctions/_shared/sdk.ts).
 *
 * The SDK's objects come from the worker's realm, not the file's: what a function answers reaches a
 * test as the wire carries it (JSON, test/support/harness.ts), and test/quality/realm-scan.test.ts
 * keeps shipped code from asking which realm made a value.
 */
const { register } = require('tsx/cjs/api')

// tsx only for these two modules, then off again: it would otherwise stay registered in the worker
const tsx = register({ namespace: 'warm-sdk' })
const runtime = tsx.require('../../cloudfunctions/_local/scf-runtime.ts', __filename)
const network = tsx.require('../../cloudfunctions/_local/no-network.ts', __filename)
tsx.unregister()
runtime.installInvocationEnv()
network.refuseOutboundNetwork()
const sdk = require('wx-server-sdk')

const SDK = Symbol.for('union.test.warmSdk')

/** Base, a jest test environment class, whose sandboxes get the worker's SDK and process.env (restored after each file). */
function withWarmSdk(Base) {
  return class extends Base {
    constructor(config, context) {
      super(config, context)
      this.global[SDK] = sdk
      this.global.process.env = process.env
      this.envBefore = { ...process.env }
    }

    async teardown() {
      for (const k of Object.keys(process.env)) if (!(k in this.envBefore)) delete process.env[k]
      for (const [k, v] of Object.entries(this.envBefore)) if (process.env[k] !== v) process.env[k] = v
      await super.teardown()
    }
  }
}

module.exports = { withWarmSdk }
