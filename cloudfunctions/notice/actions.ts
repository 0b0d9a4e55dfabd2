import { NOTICE_LABELS, noticeContract } from '../../types/notice'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { edit } from './handlers/edit'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { readers } from './handlers/readers'
import { exportUnread } from './handlers/export-unread'
import { remind } from './handlers/remind'
import { withdraw } from './handlers/withdraw'

export const notice: FunctionDef = {
  name: 'notice',
  labels: NOTICE_LABELS,
  actions: defineActions(noticeContract, {
    publish: { role: 'chair', handler: publish },
    list: { role: 'member', handler: list },
    get: { role: 'member', handler: get },
    readers: { role: 'chair', handler: readers },
    exportUnread: { role: 'chair', handler: exportUnread },
    edit: { role: 'chair', handler: edit },
    withdraw: { role: 'chair', handler: withdraw },
    remind: { role: 'chair', handler: remind }
  })
}
