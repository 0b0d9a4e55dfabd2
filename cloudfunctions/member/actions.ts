import { memberContract } from '../../types/member'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { bind } from './handlers/bind'
import { importMembers } from './handlers/import-members'
import { list } from './handlers/list'
import { me } from './handlers/me'
import { setRole } from './handlers/set-role'
import { setup } from './handlers/setup'
import { removeOldExports } from '../_shared/exports'
import { subscribe } from './handlers/subscribe'
import { update } from './handlers/update'
import { tag, tagByNames } from './handlers/tag'
import { workbench } from './handlers/workbench'
import { resetInvite } from './handlers/reset-invite'
import { unbind } from './handlers/unbind'
import { deactivate, reactivate } from './handlers/member-status'

export const member: FunctionDef = {
  name: 'member',
  actions: defineActions(memberContract, {
    setup: { role: 'bootstrap', handler: setup },
    me: { role: 'guest', handler: me },
    workbench: { role: 'officer', handler: workbench },
    bind: { role: 'guest', handler: bind },
    import: { role: 'chair', handler: importMembers },
    list: { role: 'officer', handler: list },
    setRole: { role: 'chair', handler: setRole },
    update: { role: 'member', handler: update },
    subscribe: { role: 'member', handler: subscribe },
    tag: { role: 'chair', handler: tag },
    tagByNames: { role: 'chair', handler: tagByNames },
    resetInvite: { role: 'chair', handler: resetInvite },
    unbind: { role: 'chair', handler: unbind },
    deactivate: { role: 'chair', handler: deactivate },
    reactivate: { role: 'chair', handler: reactivate }
  }),
  labels: { reason: '原因', replaces: '原邀请码', status: '状态', tags: '标签', month: '农历月份', day: '农历日' },
  timers: {
    // exports (rosters, award lists) hold members' names: kept a day, then removed
    cleanExports: { handler: (_event, ctx) => removeOldExports(ctx) }
  }
}
