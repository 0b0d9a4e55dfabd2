/**
 * Test environments that run each file in the time zone its project names
 * (testEnvironmentOptions.timeZone; else the zone the worker started in). `npm test` runs the node
 * and ui suites under UTC and America/Los_Angeles in one jest run (the -la projects), so their waits
 * on the modelled latency overlap, and one worker may run files of both. The zone is set on the real
 * process before the file's sandbox is made (whose process.env is the real one: warm-sdk.js); Node
 * applies a change of TZ to Date at once, and the isolate is shared with the sandbox.
 */
const startTz = process.env.TZ

function zoned(Base) {
  return class extends Base {
    constructor(config, context) {
      const tz = config.projectConfig.testEnvironmentOptions?.timeZone ?? startTz
      if (tz) process.env.TZ = tz
      else delete process.env.TZ
      // fail loudly rather than pass in the wrong zone
      const probe = new Date('2026-01-15T00:00:00Z')
      if (tz && probe.toLocaleString('en-US', { timeZone: tz }) !== probe.toLocaleString('en-US')) throw new Error(`TZ=${tz} did not take effect`)
      super(config, context)
    }
  }
}

module.exports = { zoned }
