// ESLint (flat config): rules that catch mistakes, not layout — Prettier (.prettierrc) owns that.
// `npm run lint`; scripts/test.mjs runs it as the `lint` step (0 errors to pass; warnings are shown).
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Taro's UI calls answer a promise that nothing needs: a toast, a navigation, a title. Calling
 * them without `await` is the house style; any other promise left floating is an error.
 */
const TARO_FIRE_AND_FORGET = [
  'showToast',
  'hideToast',
  'showModal',
  'showLoading',
  'hideLoading',
  'navigateTo',
  'navigateBack',
  'redirectTo',
  'switchTab',
  'reLaunch',
  'setNavigationBarTitle',
  'setClipboardData',
  'stopPullDownRefresh',
  'pageScrollTo',
  'vibrateShort'
]

/** Code that ships (the mini-program and the cloud functions), as against tests and local tooling. */
const SHIPPED = ['src/**/*.{ts,tsx}', 'types/**/*.ts', 'cloudfunctions/**/*.ts']
const NOT_SHIPPED = ['**/*.test.{ts,tsx}', 'cloudfunctions/_local/**', 'cloudfunctions/*/testing.ts', 'cloudfunctions/*/test-fixture.ts']

export default defineConfig(
  {
    // generated, vendored and local-state paths
    ignores: ['**/node_modules/', 'dist/', 'dist-*/', 'test-results/', 'coverage/', '.swc/', '.data/', '.data-*/', '**/.mirror/', '**/*.tmp.ts']
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are unused on purpose (a positional parameter, a placeholder)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // the few require() calls are deliberate: load order after a global stub, jest.isolateModules,
      // Taro's H5-only style import, the CommonJS wx-server-sdk
      '@typescript-eslint/no-require-imports': 'off',
      // `any` is allowed in tests and tooling; shipped code is held to it below
      '@typescript-eslint/no-explicit-any': 'off',
      // `{} extends Payload ? [payload?] : [payload]` (every field optional?) is the contract's idiom
      '@typescript-eslint/no-empty-object-type': 'off'
    }
  },
  {
    // type-aware rules (the TypeScript program of tsconfig.json): promises nobody waits for
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: '@tarojs/taro', name: TARO_FIRE_AND_FORGET }] }],
      // `if (asyncFn())` is always true; `...promise` spreads nothing. (Async event handlers are fine.)
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error'
    }
  },
  {
    files: SHIPPED,
    ignores: NOT_SHIPPED,
    rules: { '@typescript-eslint/no-explicit-any': 'error' }
  },
  {
    // React code is the app's (its UI tests included); test/** is node: a `useLocalApp()` there is
    // a jest helper, not a hook
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },
  {
    // CommonJS configs read by babel and jest
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' }
  }
)
