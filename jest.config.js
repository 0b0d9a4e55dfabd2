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

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/']
}

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/cloudfunctions/**/*.test.ts',
        '<rootDir>/types/**/*.test.ts',
        '<rootDir>/test/functions/**/*.test.ts',
        '<rootDir>/test/db-contract/**/*.test.ts',
        '<rootDir>/test/quality/**/*.test.ts',
        '<rootDir>/src/**/*.unit.test.ts'
      ]
    }
  ]
}
