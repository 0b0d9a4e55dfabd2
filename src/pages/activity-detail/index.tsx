import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { Activity, Answers } from '../../../types/activity'
import { Card } from '../../components/card'
import { confirm } from '../../components/confirm'
import { LoadState } from '../../components/load-state'
import { MyEventEntries } from '../../components/event-choice/entries'
import { MySignupView } from '../../components/my-signup'
import { LotteryProofView } from '../../components/my-signup/lottery-proof'
import { PhaseTag } from '../../components/phase-tag'
import { routeId } from '../../components/poster'
import { SignupForm } from '../../components/signup-form'
import { useAction, useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useShare } from '../../hooks/use-share'
import { quotasText, roomText, shortWhen, spotsText, whenText } from '../../lib/activity-text'
import { canManage } from '../../lib/labels'
import { activityShareTitle } from '../../lib/share'
import { askSubscribe } from '../../services/subscribe'
import { useLiveCard } from './live-card'
import { ManageRow } from './manage'
import { OfferActions } from './offer-actions'
import './index.scss'

function Info({ a }: { a: Activity }) {
  const rows: [string, string][] = [
    ['时间', whenText(a)],
    ['地点', a.place ?? ''],
    ['报名', `${a.signupOpensAt ? `${shortWhen(a.signupOpensAt)} 开始，` : ''}${shortWhen(a.signupClosesAt)} 截止`],
    ['名额', spotsText(a)],
    ['条件', a.eligibilityText ?? ''],
    ['部门名额', quotasText(a.quotas)],
    ['分配', a.allocation === 'lottery' ? `抽签：报名截止后统一抽签${a.entered !== undefined && !a.draw?.winners ? `，已有 ${a.entered} 人报名` : ''}` : ''],
    ['递补', a.offerHours ? `候补转正后需在 ${a.offerHours} 小时内确认` : '']
  ]
  return (
    <Card className='activity-detail__info'>
      <View className='activity-detail__head'>
        <Text className='activity-detail__title'>{a.title}</Text>
        <PhaseTag phase={a.phase} cancelled={Boolean(a.cancelled)} />
      </View>
      {a.cancelled && <Text className='activity-detail__called-off'>活动已取消：{a.cancelled.reason}</Text>}
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <View key={k} className='activity-detail__row'>
            <Text className='activity-detail__key'>{k}</Text>
            <Text className='activity-detail__value'>{v}</Text>
          </View>
        ))}
      {a.description && <Text className='activity-detail__desc'>{a.description}</Text>}
    </Card>
  )
}

/** 活动详情: the facts, my entry (or the sign-up form), cancel, on-site check-in; officers manage. */
export default function ActivityDetail() {
  const id = routeId(useRouter().params)
  const me = useMe()
  const got = useAction('activity', 'get', { id }, [id])
  useReloadOnShow(got.reload)
  const signup = useMutation('activity', 'signup')
  const cancel = useMutation('activity', 'cancel')
  const checkin = useMutation('activity', 'checkin')
  const [code, setCode] = useState('')
  const a = got.data
  useShare('activity', activityShareTitle(a), `/pages/activity-detail/index?id=${encodeURIComponent(id)}`)
  // a called-off activity takes no sign-ups and no check-ins, whatever its phase
  const phase = a?.cancelled ? 'cancelled' : a?.phase
  // forwarded while sign-up is open, the card in the group keeps showing places taken (weapp only)
  useLiveCard(id, phase === 'open')

  const submit = async (v: { answers: Answers; batch?: string; events?: string[] }) => {
    // asked on this tap, so a promotion from the waitlist or tomorrow's reminder can reach them
    await askSubscribe('activity').catch(() => undefined)
    const res = await signup.run({ id, ...v })
    if (!res.ok) return
    const s = res.data.status
    Taro.showToast({ title: s === 'confirmed' ? '报名成功' : s === 'entered' ? '已报名，等待抽签' : `已候补第${res.data.position}位`, icon: 'none' })
    void got.reload()
  }

  const leave = async () => {
    if (!(await confirm({ title: '取消报名？', content: '取消后名额会让给候补的同事。', confirmText: '取消报名', cancelText: '再想想' }))) return
    const res = await cancel.run({ id })
    Taro.showToast({ title: res.ok ? '已取消报名' : res.error.message, icon: 'none' })
    if (res.ok) void got.reload()
  }

  const checkIn = async () => {
    const res = await checkin.run({ id, code })
    if (res.ok) {
      Taro.showToast({ title: '签到成功', icon: 'success' })
      void got.reload()
    }
  }

  // the server's window and its count of wrong codes decide, not the phone's clock
  const canCheckIn = a?.checkin?.open === true
  const checkinHours = a?.checkin && !a.checkin.open && a.phase !== 'ended' ? a.checkin : null

  return (
    <View className='page activity-detail'>
      <LoadState state={got}>
        {a && (
          <>
            <Info a={a} />
            {a.mine && (
              <Card>
                <MySignupView activity={a} />
                {a.mine.events && <MyEventEntries items={a.mine.events} />}
                {canCheckIn && (
                  <View className='activity-detail__checkin'>
                    <Text className='activity-detail__checkin-title'>现场签到</Text>
                    <Input className='input activity-detail__code' type='number' maxlength={4} value={code} placeholder='输入现场公布的 4 位签到码' onInput={(e) => setCode(e.detail.value)} />
                    {checkin.error && <Text className='error-text'>{checkin.error.message}</Text>}
                    <Button className='btn activity-detail__checkin-btn' disabled={code.length !== 4 || checkin.running} onClick={checkIn}>
                      签到
                    </Button>
                  </View>
                )}
                {checkinHours && (
                  <Text className='hint activity-detail__note'>
                    现场签到时间：{shortWhen(checkinHours.opensAt)} – {shortWhen(checkinHours.closesAt)}
                  </Text>
                )}
                {phase === 'open' && a.mine.status !== 'offered' && (
                  <Button className='btn btn--ghost activity-detail__cancel' disabled={cancel.running} onClick={leave}>
                    取消报名
                  </Button>
                )}
                <OfferActions activity={a} onChanged={() => void got.reload()} />
              </Card>
            )}
            {a.draw && (
              <Card>
                <LotteryProofView
                  activityId={a.id}
                  draw={a.draw}
                  ticket={a.mine?.ticket}
                  closed={phase !== 'open' && phase !== 'upcoming'}
                  chair={me.data?.role === 'chair'}
                  onChange={() => void got.reload()}
                />
              </Card>
            )}
            {!a.mine && phase === 'open' && !a.ineligible && (
              <Card title='报名' extra={roomText(a)}>
                <SignupForm
                  fields={a.fields}
                  batches={a.batches}
                  outlook={a.outlook ?? []}
                  submitting={signup.running}
                  lottery={a.allocation === 'lottery'}
                  competition={a.competition}
                  onSubmit={submit}
                />
                {signup.error && <Text className='error-text activity-detail__error'>{signup.error.message}</Text>}
              </Card>
            )}
            {!a.mine && a.ineligible && <Text className='hint activity-detail__note'>{a.ineligible}</Text>}
            {!a.mine && !a.ineligible && phase === 'upcoming' && a.signupOpensAt && <Text className='hint activity-detail__note'>报名将于 {shortWhen(a.signupOpensAt)} 开始</Text>}
            {!a.mine && (phase === 'closed' || phase === 'ongoing' || phase === 'ended') && <Text className='hint activity-detail__note'>报名已截止</Text>}
            {canManage(me.data?.role) && <ManageRow activity={a} onChanged={() => void got.reload()} />}
          </>
        )}
      </LoadState>
    </View>
  )
}
