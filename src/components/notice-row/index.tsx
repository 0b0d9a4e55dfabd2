import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '../../../types/notice'
import { beijingDate } from '../../lib/notice-text'
import { NoticeTags } from '../notice-tags'
import './index.scss'

export interface NoticeRowProps {
  notice: NoticeSummary
  onClick?: () => void
}

/** One notice on 首页: unread dot, tags, title, two lines of excerpt, date. */
export function NoticeRow({ notice, onClick }: NoticeRowProps) {
  return (
    <View className={`notice-row${notice.unread ? ' notice-row--unread' : ''}`} hoverClass='notice-row--pressed' onClick={onClick}>
      <View className='notice-row__head'>
        {notice.unread && <View className='notice-row__dot' />}
        <NoticeTags notice={notice} />
        <View className='notice-row__side'>
          {notice.unread && <Text className='notice-row__unread'>未读</Text>}
          <Text className='notice-row__date'>{beijingDate(notice.publishedAt)}</Text>
        </View>
      </View>
      <Text className='notice-row__title'>{notice.title}</Text>
      <Text className='notice-row__excerpt'>{notice.excerpt}</Text>
    </View>
  )
}
