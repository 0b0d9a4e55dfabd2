import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppErrorBody } from '../../../types/common'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { RoleTag } from '../../components/role-tag'
import { localIdentities, type LocalIdentities } from '../../services/cloud'
import { currentOpenid, setCurrentOpenid } from '../../services/identity'
import './index.scss'

/**
 * 切换身份 (local preview only): act as any demo member, or as a new phone that has not bound,
 * so the whole app can be tried in a browser without WeChat.
 */
export default function SwitchIdentity() {
  const [list, setList] = useState<LocalIdentities>()
  const [error, setError] = useState<AppErrorBody>()
  const [current, setCurrent] = useState(currentOpenid())

  const load = async () => {
    setError(undefined)
    const res = await localIdentities()
    if (res.ok) setList(res.data)
    else setError(res.error)
  }
  useEffect(() => {
    void load()
  }, [])

  const actAs = (openid: string, then: 'mine' | 'bind') => () => {
    setCurrentOpenid(openid)
    setCurrent(openid)
    if (then === 'mine') Taro.switchTab({ url: '/pages/mine/index' })
    else Taro.navigateTo({ url: '/pages/bind/index' })
  }

  const copy = (code: string) => () => Taro.setClipboardData({ data: code })

  return (
    <View className='page switch'>
      <Text className='hint switch__intro'>本页只在本地预览中出现。选一个身份，整个应用就以 TA 的身份运行。</Text>
      <LoadState loading={!list && !error} error={error} onRetry={load}>
        {list && (
          <>
            <View className='section-title'>会员身份</View>
            <Card>
              {list.identities.map((id) => (
                <ListItem
                  key={id.openid}
                  className={id.openid === current ? 'switch__current' : undefined}
                  title={id.name}
                  note={`${id.unit} · ${id.openid}`}
                  extra={<RoleTag role={id.role} />}
                  onClick={actAs(id.openid, 'mine')}
                />
              ))}
            </Card>

            <View className='section-title'>新手机（还没绑定）</View>
            <Card>
              {list.newPhones.length === 0 && <EmptyState compact title='新手机都已绑定过了' />}
              {list.newPhones.map((openid) => (
                <ListItem key={openid} className={openid === current ? 'switch__current' : undefined} title={openid} note='用它去绑定一个邀请码' onClick={actAs(openid, 'bind')} />
              ))}
            </Card>

            <View className='section-title'>可用的邀请码</View>
            <Card>
              {list.invites.length === 0 && <EmptyState compact title='邀请码都已用完' />}
              {list.invites.map((inv) => (
                <ListItem key={inv.inviteCode} title={`${inv.name} · ${inv.unit}`} extra={<Text className='switch__code'>{inv.inviteCode}</Text>} arrow={false} onClick={copy(inv.inviteCode)} />
              ))}
            </Card>

            {current && (
              <View className='link switch__reset' onClick={actAs('', 'mine')}>
                不以任何身份（退出）
              </View>
            )}
          </>
        )}
      </LoadState>
    </View>
  )
}
