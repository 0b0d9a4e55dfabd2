import { BindInput, ImportInput, ListMembersInput, MeInput, SetRoleInput, SetupInput, SubscribeInput, UpdateMemberInput } from '../../types/member'
import { action, type FunctionDef } from '../_shared/dispatch'
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
  actions: {
    setup: action({ input: SetupInput, role: 'bootstrap', handler: setup }),
    me: action({ input: MeInput, role: 'guest', handler: me }),
    bind: action({ input: BindInput, role: 'guest', handler: bind }),
    import: action({ input: ImportInput, role: 'chair', handler: importMembers }),
    list: action({ input: ListMembersInput, role: 'officer', handler: list }),
    setRole: action({ input: SetRoleInput, role: 'chair', handler: setRole }),
    update: action({ input: UpdateMemberInput, role: 'member', handler: update }),
    subscribe: action({ input: SubscribeInput, role: 'member', handler: subscribe })
  },
  timers: {
    // exports (rosters, award lists) hold members' names: kept a day, then removed
    cleanExports: { handler: (_event, ctx) => removeOldExports(ctx) }
  }
}
