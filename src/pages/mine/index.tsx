import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NOT_INITIALISED } from '../../../types/common'
import { MEMBER_INACTIVE } from '../../../types/member'
import { Card } from '../../components/card'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { RoleTag } from '../../components/role-tag'
import { SetupCard } from '../../components/setup-card'
import { useMe } from '../../hooks/use-me'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { canManage } from '../../lib/labels'
import { myNumbers } from '../../services/my-numbers'
import { MyNumbersCard } from './my-numbers-card'
import { MyProfile } from './my-profile'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** 我的: who I am in the union, my sign-ups, numbers, greetings and profile, binding when I'm not yet, and the way into 管理. */
export default function Mine() {
  const me = useMe()
  const { data, error, reload } = me
  const [numbers, setNumbers] = useState(myNumbers)
  useReloadOnShow(() => {
    setNumbers(myNumbers())
    return reload()
  })
  // a member who left (member.deactivate): told why, none of the member pages
  const member = data?.member?.inactive ? undefined : data?.member
  const inactive = Boolean(data?.member?.inactive)
  // H5 with no identity chosen yet: not a failure, just a visitor who hasn't picked who to be
  const visitor = process.env.TARO_ENV === 'h5' && error?.code === 'UNAUTHENTICATED'
  const uninitialised = error?.message === NOT_INITIALISED

  return (
    <View className='page mine'>
      {visitor ? (
        <Card className='mine__unbound'>
          <Text className='mine__unbound-title'>先选一个身份</Text>
          <Text className='hint'>这是本地预览。选一位演示会员，或用“新手机”体验绑定。</Text>
          <Button className='btn mine__bind' onClick={go('/pages/switch-identity/index')}>
            切换身份
          </Button>
        </Card>
      ) : uninitialised ? (
        <SetupCard onDone={reload} />
      ) : (
        <LoadState state={me}>
          {member ? (
            <View className='mine__profile'>
              <View className='mine__avatar'>
                <Text>{member.name.slice(-2)}</Text>
              </View>
              <View className='mine__who'>
                <Text className='mine__name'>{member.name}</Text>
                <View className='mine__meta'>
                  <Text className='mine__unit'>{member.unit}</Text>
                  <RoleTag role={member.role} />
                </View>
              </View>
            </View>
          ) : inactive ? (
            <Card className='mine__unbound'>
              <Text className='mine__unbound-title'>会员身份已停用</Text>
              <Text className='hint'>{MEMBER_INACTIVE}</Text>
            </Card>
          ) : data?.role === 'chair' ? (
            // the chair by configuration (UNION_CHAIR_OPENIDS) on a first deploy: no roster yet to bind to
            <Card className='mine__unbound'>
              <Text className='mine__unbound-title'>你是工会主席（按配置）</Text>
              <Text className='hint'>先导入会员名单，再用名单里你自己的邀请码绑定，就能使用全部功能。</Text>
              <Button className='btn mine__bind' onClick={go('/officer/pages/import/index')}>
                导入名单
              </Button>
            </Card>
          ) : (
            <Card className='mine__unbound'>
              <Text className='mine__unbound-title'>还没有绑定会员身份</Text>
              <Text className='hint'>请向工会主席要一个邀请码，绑定后就能报名活动、查看通知。</Text>
              <Button className='btn mine__bind' onClick={go('/pages/bind/index')}>
                去绑定
              </Button>
            </Card>
          )}

          {member && (
            <>
              <Card className='mine__greetings'>
                <ListItem title='我的报名' note='报名的活动、候补名次、取消报名' onClick={go('/pages/my-activities/index')} />
                <ListItem title='我的祝福' note='工会送您的生日和节日贺卡' onClick={go('/pages/greetings/index')} />
                <ListItem title='投票表决' note='无记名表决、选举、民主评议，结束后可核对自己的选票' onClick={go('/ballot/pages/list/index')} />
                <ListItem title='教代会与提案' note='每件提案、审查意见和答复；代表在这里提交、附议、签到' onClick={go('/congress/pages/meetings/index')} />
                <ListItem title='工会关怀' note='慰问记录，节日福利确认领取' onClick={go('/pages/my-care/index')} />
              </Card>
              <MyNumbersCard numbers={numbers} />
              <MyProfile key={member.id} member={member} onSaved={reload} />
            </>
          )}

          {member && canManage(data?.role) && (
            <>
              <View className='section-title'>管理</View>
              <Card>
                <ListItem title='工作台' note='通知、活动、比赛、督导室、会员、祝福，等你处理的事都在这里' onClick={go('/officer/pages/workbench/index')} />
              </Card>
            </>
          )}
        </LoadState>
      )}

      {process.env.TARO_ENV === 'h5' && (
        <>
          <View className='section-title'>本地预览</View>
          <Card>
            <ListItem title='切换身份' note='以不同的会员身份体验' onClick={go('/pages/switch-identity/index')} />
          </Card>
        </>
      )}
    </View>
  )
}
