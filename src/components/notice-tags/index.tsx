import type { Notice, NoticeCategory } from '../../../types/notice'
import { categoryLabel } from '../../lib/notice-text'
import { Tag, type TagTone } from '../tag'
import './index.scss'

const TONE: Record<NoticeCategory, TagTone> = { notice: 'brand', affairs: 'info', finance: 'warn', honour: 'gold' }

export interface NoticeTagsProps {
  notice: Pick<Notice, 'category' | 'pinned'> & Partial<Pick<Notice, 'status'>>
}

/** A notice's category in its colour, then 置顶 and 已撤回: the same on 首页's rows and the notice itself. */
export function NoticeTags({ notice }: NoticeTagsProps) {
  return (
    <>
      <Tag tone={TONE[notice.category]} className='notice-tag'>
        {categoryLabel(notice.category)}
      </Tag>
      {notice.pinned && (
        <Tag tone='brand' solid className='notice-tag'>
          置顶
        </Tag>
      )}
      {notice.status === 'withdrawn' && <Tag className='notice-tag'>已撤回</Tag>}
    </>
  )
}
