import { greetingContract } from '../../types/greeting'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { card } from './handlers/card'
import { daily } from './handlers/daily'
import { inbox } from './handlers/inbox'
import { preview } from './handlers/preview'
import { previewCard } from './handlers/preview-card'
import { setTemplate } from './handlers/set-template'
import { stats } from './handlers/stats'
import { templates } from './handlers/templates'

export const greeting: FunctionDef = {
  name: 'greeting',
  actions: defineActions(greetingContract, {
    inbox: { role: 'member', handler: inbox },
    card: { role: 'member', handler: card },
    preview: { role: 'chair', handler: preview },
    templates: { role: 'chair', handler: templates },
    setTemplate: { role: 'chair', handler: setTemplate },
    previewCard: { role: 'chair', handler: previewCard },
    stats: { role: 'chair', handler: stats }
  }),
  timers: { daily: { handler: daily } },
  labels: { occasion: '节日', text: '祝福语', enabled: '开关', from: '开始日期', days: '天数', year: '年份' }
}
