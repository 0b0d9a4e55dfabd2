import { BALLOT_LABELS, ballotContract } from '../../types/ballot'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { addRectification, draftNotice } from './handlers/after-vote'
import { cast } from './handlers/cast'
import { close } from './handlers/close'
import { create } from './handlers/create'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { myNominations, withdrawNomination } from './handlers/my-nominations'
import { nominate, nominations, openNominations, rounds } from './handlers/nominate'
import { nominees } from './handlers/nominees'
import { results } from './handlers/results'
import { shortlist } from './handlers/shortlist'
import { token } from './handlers/token'
import { turnout } from './handlers/turnout'
import { exportNotTaken } from './handlers/export-not-taken'

export const ballot: FunctionDef = {
  name: 'ballot',
  labels: BALLOT_LABELS,
  actions: defineActions(ballotContract, {
    create: { role: 'chair', handler: create },
    get: { role: 'member', handler: get },
    list: { role: 'member', handler: list },
    token: { role: 'member', handler: token },
    // the anonymous path: no WeChat identity (an HTTP-triggered function in production); cast refuses a call that carries one
    cast: { role: 'public', handler: cast },
    // counts for the electorate and officers; the chair's answer also names who has not taken a ballot (handler)
    turnout: { role: 'member', handler: turnout },
    exportNotTaken: { role: 'chair', handler: exportNotTaken },
    close: { role: 'chair', handler: close },
    results: { role: 'member', handler: results },
    draftNotice: { role: 'chair', handler: draftNotice },
    addRectification: { role: 'chair', handler: addRectification },
    // 评优: nominations are named (a 推荐 with 事迹 the chair may follow up); the vote after the shortlist is secret
    openNominations: { role: 'chair', handler: openNominations },
    rounds: { role: 'member', handler: rounds },
    nominate: { role: 'member', handler: nominate },
    nominations: { role: 'chair', handler: nominations },
    shortlist: { role: 'chair', handler: shortlist },
    // a member finding a colleague to nominate: name and unit only (member.list, with phones and birthdays, is officer+)
    nominees: { role: 'member', handler: nominees },
    myNominations: { role: 'member', handler: myNominations },
    withdrawNomination: { role: 'member', handler: withdrawNomination }
  })
}
