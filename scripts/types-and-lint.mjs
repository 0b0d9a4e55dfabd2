// npm test's type check and ESLint in one process over one TypeScript program: tsc's checker has
// typed every node by the time the type-aware rules ask, where `tsc --noEmit` then `eslint .` built
// and checked the program twice. Prints both as they would; writes test-results/types-and-lint.json
// ({ types, eslint }: true when clean) for scripts/test.mjs. `npm run typecheck` and `npm run lint`
// stay the everyday commands.
import { ESLint } from 'eslint'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const only = process.argv.slice(2)
const want = (s) => only.length === 0 || only.includes(s)

const parsed = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) }
)
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences })

const result = { types: true, eslint: true }
if (want('types')) {
  const diagnostics = ts.getPreEmitDiagnostics(program)
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }
  const pretty = process.stdout.isTTY || process.env.FORCE_COLOR === '1'
  if (diagnostics.length) process.stdout.write((pretty ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics)(diagnostics, host))
  console.log(`tsc: ${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}`)
  result.types = diagnostics.length === 0
}
if (want('lint')) {
  // the type-aware block of eslint.config.mjs takes this program instead of making its own
  const eslint = new ESLint({ cwd: root, overrideConfig: { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false, programs: [program] } } } })
  const results = await eslint.lintFiles(['.'])
  const formatter = await eslint.loadFormatter('stylish')
  process.stdout.write(await formatter.format(results))
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  console.log(`eslint: ${results.length} files, ${errors} error${errors === 1 ? '' : 's'}`)
  result.eslint = errors === 0
}
mkdirSync(join(root, 'test-results'), { recursive: true })
writeFileSync(join(root, 'test-results', 'types-and-lint.json'), JSON.stringify(result))
process.exit(result.types && result.eslint ? 0 : 1)
