import { Text, View } from '@tarojs/components'
import type { BoardItem } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'

export interface SuggestionPickProps {
  onPick: (s: BoardItem) => void
  onClose: () => void
}

/** 从建议箱选取: this month's public board; the proposal will cite the number and words, never who wrote it. */
export function SuggestionPick({ onPick, onClose }: SuggestionPickProps) {
  const board = useAction('suggestion', 'board')
  const items = board.data?.items ?? []
  return (
    <Card
      title='从建议箱选取'
      extra={
        <Text className='link' onClick={onClose}>
          收起
        </Text>
      }
    >
      <Text className='hint'>提案会写明建议编号和内容，不会有提建议人的任何信息。</Text>
      <LoadState state={board}>
        {items.length === 0 && <Text className='hint'>这个月的公开栏还没有建议。</Text>}
        <View>
          {items.map((s) => (
            <ListItem key={s.number} title={s.content} note={`${s.number} 号 · ${s.category}`} arrow onClick={() => onPick(s)} />
          ))}
        </View>
      </LoadState>
    </Card>
  )
}
