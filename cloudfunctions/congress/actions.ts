import { CONGRESS_LABELS, congressContract } from '../../types/congress'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { requireCommittee } from './lib/access'
import { attendance, checkin } from './handlers/checkin'
import { exportCongress } from './handlers/export-congress'
import { get, list } from './handlers/list'
import { createMeeting, meeting, meetings } from './handlers/meetings'
import { remindOverdue } from './handlers/remind'
import { stats } from './handlers/stats'
import { answer, decide, rate, second } from './handlers/steps'
import { submit } from './handlers/submit'

/**
 * 教代会 and its 提案. Tag rules sit in the handlers, which answer why not: submit, second and
 * checkin need the tag 教代会代表; decide and answer the chair or the tag 提案委员会; rate the proposer.
 */
export const congress: FunctionDef = {
  name: 'congress',
  labels: CONGRESS_LABELS,
  actions: defineActions(congressContract, {
    createMeeting: { role: 'chair', handler: createMeeting },
    meetings: { role: 'member', handler: meetings },
    meeting: { role: 'member', handler: meeting },
    submit: { role: 'member', handler: submit },
    second: { role: 'member', handler: second },
    decide: { role: 'member', guard: requireCommittee, handler: decide },
    answer: { role: 'member', guard: requireCommittee, handler: answer },
    rate: { role: 'member', handler: rate },
    list: { role: 'member', handler: list },
    get: { role: 'member', handler: get },
    stats: { role: 'member', handler: stats },
    checkin: { role: 'member', handler: checkin },
    attendance: { role: 'member', handler: attendance },
    export: { role: 'chair', handler: exportCongress }
  }),
  timers: {
    // overdue answers, once a Shanghai day (DESIGN: reminders idempotent per day)
    remind: { handler: (_event, ctx) => remindOverdue(ctx) }
  }
}
