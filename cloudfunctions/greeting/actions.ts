import {
  GreetingCardInput,
  GreetingInboxInput,
  GreetingPreviewCardInput,
  GreetingPreviewInput,
  GreetingStatsInput,
  GreetingTemplatesInput,
  SetGreetingTemplateInput
} from '../../types/greeting'
import { action, type FunctionDef } from '../_shared/dispatch'
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
  actions: {
    inbox: action({ input: GreetingInboxInput, role: 'member', handler: inbox }),
    card: action({ input: GreetingCardInput, role: 'member', handler: card }),
    preview: action({ input: GreetingPreviewInput, role: 'chair', handler: preview }),
    templates: action({ input: GreetingTemplatesInput, role: 'chair', handler: templates }),
    setTemplate: action({ input: SetGreetingTemplateInput, role: 'chair', handler: setTemplate }),
    previewCard: action({ input: GreetingPreviewCardInput, role: 'chair', handler: previewCard }),
    stats: action({ input: GreetingStatsInput, role: 'chair', handler: stats })
  },
  timers: { daily: { handler: daily } },
  labels: { occasion: '节日', text: '祝福语', enabled: '开关', from: '开始日期', days: '天数', year: '年份' }
}
