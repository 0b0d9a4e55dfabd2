/** Projects run separately by scripts/test.mjs: node (units + functions + db contract), ui, weapp, e2e. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020'
    },
    module: { type: 'commonjs' }
  }
]

/** Taro's H5 packages ship ES modules; jest runs CommonJS, so these are compiled too. */
const ESM_DEPS = [
  '@tarojs',
  'lodash-es',
  'swiper',
  'ssr-window',
  'dom7',
  '@stencil',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'mobile-detect',
  'history',
  'tslib',
  'nanoid'
]

const { warmSdkModules } = require('./test/support/warm-sdk-modules')

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-[^/]*/'],
  // built function folders carry their own package.json: keep them out of the module map
  modulePathIgnorePatterns: ['<rootDir>/dist/cloudfunctions/', '<rootDir>/dist-[^/]*/cloudfunctions/']
}

const node = {
  ...base,
  displayName: 'node',
  testEnvironment: '<rootDir>/test/support/env-node.js',
  // the worker's one wx-server-sdk (test/support/warm-sdk.js)
  moduleNameMapper: warmSdkModules,
  setupFilesAfterEnv: ['<rootDir>/test/support/no-network-setup.ts', '<rootDir>/test/support/node-setup.ts', '<rootDir>/test/support/rsa-pool.ts'],
  testMatch: [
    '<rootDir>/cloudfunctions/**/*.test.ts',
    '<rootDir>/types/**/*.test.ts',
    '<rootDir>/test/functions/**/*.test.ts',
    '<rootDir>/test/db-contract/**/*.test.ts',
    '<rootDir>/test/quality/**/*.test.ts',
    '<rootDir>/src/**/*.unit.test.ts'
  ]
}

// pages and components in jsdom, against the real H5 Taro API and components
const ui = {
  ...base,
  displayName: 'ui',
  testEnvironment: '<rootDir>/test/support/env-jsdom.js',
  // pages call the real functions over the local cloud's modelled latency, while npm test runs the
  // node suite beside them: a first blind-signature key can take seconds on a busy machine
  setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts', '<rootDir>/test/support/no-network-setup.ts', '<rootDir>/test/support/rsa-pool.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // *.unit.test.ts stay in the node project
  testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/!(*.unit).test.ts'],
  setupFiles: ['<rootDir>/test/support/ui-setup.ts'],
  // anything inside @tarojs (it bundles its own node_modules) or an ESM dependency is compiled
  transformIgnorePatterns: [`^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(${ESM_DEPS.join('|')})/)`],
  moduleNameMapper: {
    ...warmSdkModules,
    '^@tarojs/taro$': '<rootDir>/test/support/taro-h5.ts',
    // the build's h5.useHtmlComponents: View/Text/Button/Input as React DOM
    '^@tarojs/components$': '<rootDir>/test/support/taro-components.ts',
    '\\.(css|scss|sass|less)$': '<rootDir>/test/support/style-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1'
  }
}

/** Files of the scale project (see projects). */
const SCALE = '\\.scale\\.test\\.ts$'

const fs = require('node:fs')
const path = require('node:path')

/** Test files under dir (repo-relative), walked once when jest reads this file. */
function testFiles(dir) {
  const out = []
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(p)
      } else if (/\.test\.tsx?$/.test(e.name)) out.push(p)
    }
  }
  walk(path.join(__dirname, dir))
  return out
}

/**
 * The tests whose outcome a time zone could change: test/quality/zone-scan.test.ts proves that no
 * shipped code reads the zone except the two clock modules, so these are the clock modules' own
 * units (cloudfunctions/_shared, src/lib, types), the pages with a date or time picker (Taro's H5
 * picker builds local Dates), and the tests that move the clock (setNow, setClock, a harness `now`)
 * except those scripts/zone-leak.mjs found blind to a leak: with the clock modules made to read the
 * machine's zone they still pass in Los Angeles (test/zone-leak.json; 25 files leave that run).
 */
const MOVES_CLOCK = /setNow\(|setClock\(|setAppClock\(|\bnow: ['`]/
const HAS_PICKER = /mode='(date|time)'/
const CLOCK_UNITS = /^(cloudfunctions\/_shared|src\/lib|types)\//
const BLIND = new Set(process.env.ZONE_LEAK_ALL ? [] : JSON.parse(fs.readFileSync(path.join(__dirname, 'test/zone-leak.json'), 'utf8')).blind)
const zoneSensitive = (files) =>
  files.filter((f) => {
    const rel = path.relative(__dirname, f)
    if (CLOCK_UNITS.test(rel)) return true
    const dir = path.dirname(f)
    if (fs.readdirSync(dir).some((n) => /\.tsx$/.test(n) && !/\.test\./.test(n) && HAS_PICKER.test(fs.readFileSync(path.join(dir, n), 'utf8')))) return true
    return MOVES_CLOCK.test(fs.readFileSync(f, 'utf8')) && !BLIND.has(rel)
  })

/** The zone-sensitive part of a suite again in America/Los_Angeles (a zone with daylight saving): dates must agree. */
const inLosAngeles = (p, files) => ({
  ...p,
  displayName: `${p.displayName}-la`,
  testEnvironmentOptions: { ...p.testEnvironmentOptions, timeZone: 'America/Los_Angeles' },
  testMatch: zoneSensitive(files).map((f) => f.replace(/[[\]{}()*?!+@]/g, '\\$&'))
})
const NODE_DIRS = ['cloudfunctions', 'types', 'test/functions', 'src']

module.exports = {
  // slowest files first, from test/durations.json where jest has no cache of its own (a fresh clone)
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    { ...node, testPathIgnorePatterns: [...base.testPathIgnorePatterns, SCALE] },
    // the zone-sensitive tests again under America/Los_Angeles; the stand-in's contract, kill -9
    // durability, the role matrix, fuzzed input and the scans hold no dates, and who wrote or voted
    // what is not a question of dates either (the two anonymity attacks)
    {
      ...inLosAngeles(
        node,
        NODE_DIRS.flatMap(testFiles).filter((f) => !/\.tsx$/.test(f) && (!f.includes('/src/') || /\.unit\.test\.ts$/.test(f)))
      ),
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, SCALE, '<rootDir>/test/functions/[a-z]+-anonymity\\.test\\.ts$']
    },
    // the scale tests time a thousand members against a function's timeout: npm test runs them alone,
    // after the two lanes, so a build beside them cannot make the timeout fail
    { ...node, displayName: 'scale', testMatch: ['<rootDir>/cloudfunctions/**/*.scale.test.ts', '<rootDir>/test/**/*.scale.test.ts'] },
    ui,
    inLosAngeles(
      ui,
      testFiles('src').filter((f) => !/\.unit\.test\.ts$/.test(f))
    ),
    {
      // the compiled mini-program (WEAPP_DIST, default dist/weapp) in miniprogram-simulate
      ...base,
      displayName: 'weapp',
      // miniprogram-simulate renders into a DOM; the compiled app itself runs untransformed
      testEnvironment: '<rootDir>/test/support/env-jsdom.js',
      moduleNameMapper: warmSdkModules,
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts', '<rootDir>/test/support/no-network-setup.ts', '<rootDir>/test/support/rsa-pool.ts'],
      transformIgnorePatterns: ['/node_modules/', '/dist/', ...(process.env.WEAPP_DIST ? [require('node:path').resolve(process.env.WEAPP_DIST)] : [])]
    },
    {
      // Chromium against the local cloud serving the H5 build (H5_DIST, default dist/h5)
      ...base,
      displayName: 'e2e',
      testEnvironment: '<rootDir>/test/support/env-e2e.js',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // one seeded store and one Chromium for the run (test/e2e/support.ts)
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts', '<rootDir>/test/support/e2e-setup.ts'],
      slowTestThreshold: 30
    }
  ]
}
