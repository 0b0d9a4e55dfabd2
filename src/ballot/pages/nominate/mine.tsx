import { Button, Text, View } from '@tarojs/components'
import type { MyNominationsOutput } from '../../../../types/ballot'
import { shortWhen } from '../../../lib/beijing'

export interface MyNominationsProps {
  items: MyNominationsOutput['items']
  /** While the window is open: 修改 and 撤回. */
  editable: boolean
  onEdit: (n: MyNominationsOutput['items'][number]) => void
  onWithdraw: (n: MyNominationsOutput['items'][number]) => void
}

/** The caller's own nominations: named to the chair, so they may be corrected or taken back until the window closes. */
export function MyNominations({ items, editable, onEdit, onWithdraw }: MyNominationsProps) {
  if (!items.length) return <Text className='hint'>你还没有推荐同事。</Text>
  return (
    <View>
      {items.map((n) => (
        <View key={n.nomineeId} className='nominate__mine'>
          <Text className='nominate__who'>
            {n.name}（{n.unit}）
          </Text>
          <Text className='nominate__reason'>{n.reason}</Text>
          <Text className='hint'>{shortWhen(n.at)} 提交</Text>
          {editable && (
            <View className='nominate__row'>
              <Button className='btn btn--ghost btn--small' onClick={() => onEdit(n)}>
                修改事迹
              </Button>
              <Button className='btn btn--ghost btn--small' onClick={() => onWithdraw(n)}>
                撤回
              </Button>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
