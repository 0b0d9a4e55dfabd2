import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NOT_INITIALISED } from '../../../types/common'
import { Card } from '../../components/card'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { RoleTag } from '../../components/role-tag'
import { SetupCard } from '../../components/setup-card'
import { useMe } from '../../hooks/use-me'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { canManage } from '../../lib/labels'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** 我的: who I am in the union, binding when I'm not yet, and the way into 管理. */
export default function Mine() {
  const me = useMe()
  const { data, error, reload } = me
  useReloadOnShow(reload)
  const member = data?.member
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
            <Card className='mine__greetings'>
              <ListItem title='祝福' note='工会送您的生日和节日贺卡' onClick={go('/pages/greetings/index')} />
            </Card>
          )}

          {member && canManage(data?.role) && (
            <>
              <View className='section-title'>管理</View>
              <Card>
                <ListItem title='成员名单' note={data?.role === 'chair' ? '查看邀请码，设置委员' : '按部门查看会员'} onClick={go('/officer/pages/members/index')} />
                {data?.role === 'chair' && <ListItem title='导入名单' note='从 Excel / WPS 粘贴' onClick={go('/officer/pages/import/index')} />}
                {data?.role === 'chair' && <ListItem title='祝福日历' note='生日与节日祝福、模板、统计' onClick={go('/officer/pages/greeting-calendar/index')} />}
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
