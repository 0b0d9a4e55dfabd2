import {
  ACTIVITY_LABELS,
  AttendanceInput,
  CheckinInput,
  CreateActivityInput,
  IdInput,
  ListActivitiesInput,
  SignupInput,
  UpdateActivityInput
} from '../../types/activity'
import { action, type FunctionDef } from '../_shared/dispatch'
import { attendance } from './handlers/attendance'
import { cancel } from './handlers/cancel'
import { checkin } from './handlers/checkin'
import { checkinCode } from './handlers/checkin-code'
import { create } from './handlers/create'
import { exportRoster } from './handlers/export-roster'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { mine } from './handlers/mine'
import { reconcile } from './handlers/reconcile'
import { remind } from './handlers/remind'
import { roster } from './handlers/roster'
import { signup } from './handlers/signup'
import { update } from './handlers/update'

export const activity: FunctionDef = {
  name: 'activity',
  labels: ACTIVITY_LABELS,
  actions: {
    create: action({ input: CreateActivityInput, role: 'officer', handler: create }),
    update: action({ input: UpdateActivityInput, role: 'officer', handler: update }),
    list: action({ input: ListActivitiesInput, role: 'member', handler: list }),
    get: action({ input: IdInput, role: 'member', handler: get }),
    signup: action({ input: SignupInput, role: 'member', handler: signup }),
    cancel: action({ input: IdInput, role: 'member', handler: cancel }),
    mine: action({ input: ListActivitiesInput, role: 'member', handler: mine }),
    checkin: action({ input: CheckinInput, role: 'member', handler: checkin }),
    roster: action({ input: IdInput, role: 'officer', handler: roster }),
    checkinCode: action({ input: IdInput, role: 'officer', handler: checkinCode }),
    attendance: action({ input: AttendanceInput, role: 'officer', handler: attendance }),
    export: action({ input: IdInput, role: 'officer', handler: exportRoster })
  },
  timers: {
    remind: { handler: remind },
    reconcile: { handler: reconcile }
  }
}
