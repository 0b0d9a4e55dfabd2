import { Text, View } from '@tarojs/components'
import type { Notice } from '../../../types/notice'
import { audienceText, beijingTime, categoryLabel, paragraphs } from '../../lib/notice-text'
import './index.scss'

export interface NoticeArticleProps {
  notice: Pick<Notice, 'title' | 'body' | 'category' | 'pinned' | 'authorName' | 'publishedAt' | 'audience'> & Partial<Pick<Notice, 'editedAt' | 'status'>>
  /** Show who it is for (the chair's views); members only ever see their own. */
  showAudience?: boolean
}

/** A notice as members read it; the publish page's 预览 renders the same component. */
export function NoticeArticle({ notice, showAudience }: NoticeArticleProps) {
  return (
    <View className='notice-article'>
      <View className='notice-article__tags'>
        <Text className={`notice-tag notice-tag--${notice.category}`}>{categoryLabel(notice.category)}</Text>
        {notice.pinned && <Text className='notice-tag notice-tag--pinned'>置顶</Text>}
        {notice.status === 'withdrawn' && <Text className='notice-tag notice-tag--withdrawn'>已撤回</Text>}
      </View>
      <Text className='notice-article__title'>{notice.title}</Text>
      <View className='notice-article__meta'>
        <Text>{notice.authorName}</Text>
        <Text>{beijingTime(notice.publishedAt)}</Text>
        {notice.editedAt && <Text className='notice-article__edited'>已编辑 {beijingTime(notice.editedAt)}</Text>}
      </View>
      {showAudience && <Text className='notice-article__audience'>发送给：{audienceText(notice.audience)}</Text>}
      <View className='notice-article__body'>
        {paragraphs(notice.body).map((p, i) => (
          <Text key={i} className='notice-article__para'>
            {p}
          </Text>
        ))}
      </View>
    </View>
  )
}
