import { Text, View } from '@tarojs/components'
import type { Notice } from '../../../types/notice'
import { audienceText, beijingTime, paragraphs } from '../../lib/notice-text'
import { NoticeTags } from '../notice-tags'
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
        <NoticeTags notice={notice} />
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
