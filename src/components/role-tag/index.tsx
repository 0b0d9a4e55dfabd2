import type { CallerRole } from '../../../types/common'
import { ROLE_LABEL } from '../../lib/labels'
import { Tag, type TagTone } from '../tag'

export interface RoleTagProps {
  role: CallerRole
  className?: string
}

const TONE: Record<CallerRole, { tone: TagTone; solid?: boolean }> = {
  none: { tone: 'neutral' },
  member: { tone: 'neutral' },
  officer: { tone: 'brand' },
  chair: { tone: 'brand', solid: true }
}

/** 会员 / 委员 / 主席 as a small tag; officers and the chair stand out in red. */
export function RoleTag({ role, className }: RoleTagProps) {
  return (
    <Tag {...TONE[role]} className={['role-tag', className].filter(Boolean).join(' ')}>
      {ROLE_LABEL[role]}
    </Tag>
  )
}
