import { SUGGESTION_LABELS } from '../../types/suggestion'
import { suggestionContract } from '../../types/suggestion-contract'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { access } from './handlers/access'
import { award } from './handlers/award'
import { board } from './handlers/board'
import { claim } from './handlers/claim'
import { commitDraw } from './handlers/commit-draw'
import { requireDesk } from './handlers/desk'
import { draw } from './handlers/draw'
import { editStep } from './handlers/edit-step'
import { forward } from './handlers/forward'
import { inbox } from './handlers/inbox'
import { keyholderCandidates } from './handlers/keyholder-candidates'
import { keyholding } from './handlers/keyholding'
import { overdue } from './handlers/overdue'
import { reply } from './handlers/reply'
import { reveal } from './handlers/reveal'
import { setKeyholders } from './handlers/set-keyholders'
import { setSupervisor } from './handlers/set-supervisor'
import { publish } from './handlers/publish'
import { redact } from './handlers/redact'
import { second } from './handlers/second'
import { secondTokens } from './handlers/second-tokens'
import { submit } from './handlers/submit'
import { supervisors } from './handlers/supervisors'
import { tokens } from './handlers/tokens'
import { withdrawStep } from './handlers/withdraw-step'

/** 号码有奖征集 and the 督导室. Desk actions are 'officer' plus a guard that admits only the chair and 督导员. */
export const suggestion: FunctionDef = {
  name: 'suggestion',
  labels: SUGGESTION_LABELS,
  actions: defineActions(suggestionContract, {
    // 领券 (identified) then 投递 on the anonymous path: no WeChat identity (an HTTP-triggered function in production); submit refuses a call that carries one
    tokens: { role: 'member', handler: tokens },
    submit: { role: 'public', handler: submit },
    // 附议 the same way: a token per published number, taken for every number on opening the board; spent anonymously
    secondTokens: { role: 'member', handler: secondTokens },
    second: { role: 'public', handler: second },
    board: { role: 'member', handler: board },
    claim: { role: 'member', handler: claim },
    access: { role: 'member', handler: access },
    inbox: { role: 'officer', guard: requireDesk, handler: inbox },
    overdue: { role: 'officer', guard: requireDesk, handler: overdue },
    reply: { role: 'officer', guard: requireDesk, handler: reply },
    forward: { role: 'officer', guard: requireDesk, handler: forward },
    // whoever may record a step may take back their own slip the same day
    editStep: { role: 'officer', guard: requireDesk, handler: editStep },
    withdrawStep: { role: 'officer', guard: requireDesk, handler: withdrawStep },
    redact: { role: 'officer', guard: requireDesk, handler: redact },
    setSupervisor: { role: 'chair', handler: setSupervisor },
    supervisors: { role: 'chair', handler: supervisors },
    award: { role: 'chair', handler: award },
    // a keyholder may be a 经审委员 with no office: the handlers admit the month's keyholders only
    commitDraw: { role: 'member', handler: commitDraw },
    draw: { role: 'chair', handler: draw },
    setKeyholders: { role: 'chair', handler: setKeyholders },
    keyholderCandidates: { role: 'chair', handler: keyholderCandidates },
    keyholding: { role: 'member', handler: keyholding },
    reveal: { role: 'member', handler: reveal }
  }),
  // 17:00 Beijing: the day's batch goes on the board
  timers: { publish: { handler: publish } }
}
