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

export const member: FunctionDef = {
  name: 'member',
  actions: defineActions(memberContract, {
    setup: { role: 'bootstrap', handler: setup },
    me: { role: 'guest', handler: me },
    bind: { role: 'guest', handler: bind },
    import: { role: 'chair', handler: importMembers },
    list: { role: 'officer', handler: list },
    setRole: { role: 'chair', handler: setRole },
    update: { role: 'member', handler: update },
    subscribe: { role: 'member', handler: subscribe }
  }),
  timers: {
    // exports (rosters, award lists) hold members' names: kept a day, then removed
    cleanExports: { handler: (_event, ctx) => removeOldExports(ctx) }
  }
}
