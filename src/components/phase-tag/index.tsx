import type { Phase } from '../../../types/activity'
import { PHASE_LABEL } from '../../lib/activity-text'
import { Tag, type TagTone } from '../tag'

const TONE: Record<Phase, TagTone> = { upcoming: 'neutral', open: 'brand', closed: 'neutral', ongoing: 'ok', ended: 'neutral' }

export interface PhaseTagProps {
  phase: Phase
  /** Called off by an officer: 已取消 whatever the phase. */
  cancelled?: boolean
}

/** Where an activity stands (报名中, 进行中…): red while sign-up is open, green while it runs. */
export function PhaseTag({ phase, cancelled }: PhaseTagProps) {
  if (cancelled)
    return (
      <Tag tone='warn' solid>
        已取消
      </Tag>
    )
  return <Tag tone={TONE[phase]}>{PHASE_LABEL[phase]}</Tag>
}
