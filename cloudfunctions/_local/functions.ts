import type { FunctionDef } from '../_shared/dispatch'

/**
 * Every cloud function the local cloud serves, by name (the folder name under cloudfunctions/),
 * each loaded on first use. On WeChat each function is its own bundle and loads only itself; here
 * they share a process, and loading all ten for every in-process cloud (a test file, a journey's
 * server) cost ~0.7 CPU-s a time, where most use two or three.
 */
const LOADERS: Record<string, () => FunctionDef> = {
  activity: () => (require('../activity/actions') as typeof import('../activity/actions')).activity,
  ballot: () => (require('../ballot/actions') as typeof import('../ballot/actions')).ballot,
  care: () => (require('../care/actions') as typeof import('../care/actions')).care,
  competition: () => (require('../competition/actions') as typeof import('../competition/actions')).competition,
  congress: () => (require('../congress/actions') as typeof import('../congress/actions')).congress,
  greeting: () => (require('../greeting/actions') as typeof import('../greeting/actions')).greeting,
  member: () => (require('../member/actions') as typeof import('../member/actions')).member,
  notice: () => (require('../notice/actions') as typeof import('../notice/actions')).notice,
  report: () => (require('../report/actions') as typeof import('../report/actions')).report,
  suggestion: () => (require('../suggestion/actions') as typeof import('../suggestion/actions')).suggestion
}

export const FUNCTIONS: Record<string, FunctionDef> = {}
for (const [name, load] of Object.entries(LOADERS)) {
  let def: FunctionDef | undefined
  Object.defineProperty(FUNCTIONS, name, { enumerable: true, get: () => (def ??= load()) })
}
