import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Activity } from '../../../types/activity'
import { confirm } from '../../components/confirm'
import { useMutation } from '../../hooks/use-action'

export interface OfferActionsProps {
  activity: Activity
  onChanged: () => void
}

/**
 * 确认参加 for an offer; 放弃 whenever cancel no longer can (after the close) or for an offer: the
 * place goes on to the next waiting. What the member may do comes from their entry's status.
 */
export function OfferActions({ activity: a, onChanged }: OfferActionsProps) {
  const take = useMutation('activity', 'confirm')
  const leave = useMutation('activity', 'decline')
  const m = a.mine
  if (!m || m.attended || a.cancelled || a.phase === 'ended') return null
  const offered = m.status === 'offered'
  // before the close 取消报名 does this; an entry waiting for the draw stays until it is drawn
  const canLeave = offered || (a.phase !== 'open' && (m.status === 'confirmed' || m.status === 'waitlisted'))
  if (!offered && !canLeave) return null

  const doConfirm = async () => {
    const res = await take.run({ id: a.id })
    Taro.showToast({ title: res.ok ? '已确认参加' : res.error.message, icon: 'none' })
    onChanged()
  }
  const doDecline = async () => {
    const what = m.status === 'waitlisted' ? '退出候补' : '放弃名额'
    if (!(await confirm({ title: `${what}？`, content: '放弃后名额会让给下一位候补的同事，不能恢复。', confirmText: what, cancelText: '再想想' }))) return
    const res = await leave.run({ id: a.id })
    Taro.showToast({ title: res.ok ? `已${what}` : res.error.message, icon: 'none' })
    onChanged()
  }
  return (
    <View className='activity-detail__offer'>
      {offered && (
        <Button className='btn activity-detail__confirm' disabled={take.running} onClick={doConfirm}>
          确认参加
        </Button>
      )}
      <Button className='btn btn--ghost activity-detail__decline' disabled={leave.running} onClick={doDecline}>
        {m.status === 'waitlisted' ? '退出候补' : '放弃名额'}
      </Button>
    </View>
  )
}
