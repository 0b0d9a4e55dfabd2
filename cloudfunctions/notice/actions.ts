import {
  EditNoticeInput,
  GetNoticeInput,
  ListNoticesInput,
  NOTICE_LABELS,
  PublishInput,
  ReadersInput,
  RemindInput,
  WithdrawInput
} from '../../types/notice'
import { action, type FunctionDef } from '../_shared/dispatch'
import { edit } from './handlers/edit'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { readers } from './handlers/readers'
import { remind } from './handlers/remind'
import { withdraw } from './handlers/withdraw'

export const notice: FunctionDef = {
  name: 'notice',
  labels: NOTICE_LABELS,
  actions: {
    publish: action({ input: PublishInput, role: 'chair', handler: publish }),
    list: action({ input: ListNoticesInput, role: 'member', handler: list }),
    get: action({ input: GetNoticeInput, role: 'member', handler: get }),
    readers: action({ input: ReadersInput, role: 'chair', handler: readers }),
    edit: action({ input: EditNoticeInput, role: 'chair', handler: edit }),
    withdraw: action({ input: WithdrawInput, role: 'chair', handler: withdraw }),
    remind: action({ input: RemindInput, role: 'chair', handler: remind })
  }
}
