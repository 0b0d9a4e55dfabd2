import { REPORT_LABELS, reportContract } from '../../types/report'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { exportReport } from './handlers/export-report'
import { month } from './handlers/month'
import { plan, setPlan } from './handlers/plan'
import { year } from './handlers/year'

/** 工作总结 in numbers: the chair's alone (DESIGN: report). */
export const report: FunctionDef = {
  name: 'report',
  labels: REPORT_LABELS,
  actions: defineActions(reportContract, {
    year: { role: 'chair', handler: year },
    month: { role: 'chair', handler: month },
    plan: { role: 'chair', handler: plan },
    setPlan: { role: 'chair', handler: setPlan },
    export: { role: 'chair', handler: exportReport }
  })
}
