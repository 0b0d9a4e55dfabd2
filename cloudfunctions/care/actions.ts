import { CARE_LABELS, careContract } from '../../types/care'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { requireCarer, requireCarerOrKeeper, requireKeeper } from './handlers/access'
import { collect, uncollected } from './handlers/collect'
import { distribute, distributions } from './handlers/distribute'
import { exportCare } from './handlers/export-care'
import { forgotten } from './handlers/forgotten'
import { hardship } from './handlers/hardship'
import { list } from './handlers/list'
import { members } from './handlers/members'
import { mine } from './handlers/mine'
import { record } from './handlers/record'
import { remind } from './handlers/remind'
import { report } from './handlers/report'
import { rules, setRules } from './handlers/rules'
import { stats } from './handlers/stats'
import { overdue, tasks } from './handlers/tasks'

/**
 * 送温暖. Every action is 'member' plus a guard: DESIGN's "chair and tag 慰问员 only", officers without
 * the tag included; hardship files only the chair and the named keeper (who may also use the member
 * picker); `mine` and `collect` (a member's own, or one marked for a member: handlers/collect.ts) are any member's.
 */
export const care: FunctionDef = {
  name: 'care',
  labels: CARE_LABELS,
  actions: defineActions(careContract, {
    report: { role: 'member', guard: requireCarer, handler: report },
    record: { role: 'member', guard: requireCarer, handler: record },
    tasks: { role: 'member', guard: requireCarer, handler: tasks },
    overdue: { role: 'member', guard: requireCarer, handler: overdue },
    list: { role: 'member', guard: requireCarer, handler: list },
    rules: { role: 'member', guard: requireCarer, handler: rules },
    setRules: { role: 'chair', handler: setRules },
    forgotten: { role: 'member', guard: requireCarer, handler: forgotten },
    distribute: { role: 'member', guard: requireCarer, handler: distribute },
    distributions: { role: 'member', guard: requireCarer, handler: distributions },
    collect: { role: 'member', handler: collect },
    uncollected: { role: 'member', guard: requireCarer, handler: uncollected },
    export: { role: 'member', guard: requireCarer, handler: exportCare },
    hardship: { role: 'member', guard: requireKeeper, handler: hardship },
    stats: { role: 'member', guard: requireCarer, handler: stats },
    mine: { role: 'member', handler: mine },
    members: { role: 'member', guard: requireCarerOrKeeper, handler: members }
  }),
  // overdue visits and due hardship reviews, once a Beijing day however often it fires (handlers/remind.ts)
  timers: { remind: { handler: (_event, ctx) => remind(ctx) } }
}
