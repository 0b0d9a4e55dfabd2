import { Button, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../components/card'
import { confirm } from '../../components/confirm'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { NoticeArticle } from '../../components/notice-article'
import { useAction, useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useShare } from '../../hooks/use-share'
import { shareTitle } from '../../lib/share'
import { claimUrl } from '../../lib/suggestion-text'
import './index.scss'

/** 通知详情: opening it marks it read. The chair also gets 阅读情况, 编辑 and 撤回. */
export default function NoticeDetail() {
  const id = useRouter().params.id ?? ''
  const me = useMe()
  const got = useAction('notice', 'get', { id }, [id])
  const withdraw = useMutation('notice', 'withdraw')
  // back from 编辑: show the edited text
  useReloadOnShow(got.reload)
  const notice = got.data?.notice
  const chair = me.data?.role === 'chair'
  const live = notice?.status === 'published'
  useShare('notice', shareTitle('notice', notice?.title), `/pages/notice/index?id=${encodeURIComponent(id)}`)

  const confirmWithdraw = async () => {
    if (!(await confirm({ title: '撤回这条通知？', content: '撤回后会员将看不到它，无法恢复。', confirmText: '撤回' }))) return
    const res = await withdraw.run({ id })
    Taro.showToast({ title: res.ok ? '已撤回' : res.error.message, icon: 'none' })
    if (res.ok) void got.reload()
  }

  const go = (url: string) => () => Taro.navigateTo({ url })

  if (got.error?.code === 'NOT_FOUND') {
    // retrying will not bring it back: offer the way home instead
    return (
      <View className='page notice-detail'>
        <EmptyState icon='通' title={got.error.message} description='它可能已被撤回，或不是发给你的' actionText='回到首页' onAction={() => Taro.switchTab({ url: '/pages/index/index' })} />
      </View>
    )
  }

  return (
    <View className='page notice-detail'>
      <LoadState state={got}>
        {notice && (
          <Card>
            <NoticeArticle notice={notice} showAudience={chair} />
            {notice.link === 'suggestion-claim' && (
              // the 表彰 of 号码有奖征集: the winner claims from here, on any phone, with number and code
              <Button className='btn notice-detail__claim' onClick={go(claimUrl())}>
                我中奖了，去认领
              </Button>
            )}
            {notice.meetingId && (
              // a 会议文件 opened from its push: the way to the meeting, its other documents and proposals
              <Button className='btn btn--ghost notice-detail__meeting' onClick={go(`/congress/pages/meeting/index?id=${notice.meetingId}`)}>
                查看这次教代会
              </Button>
            )}
          </Card>
        )}
        {notice && chair && (
          <View className='notice-detail__actions'>
            <Button className='btn' onClick={go(`/officer/pages/notice-readers/index?id=${id}`)}>
              阅读情况
            </Button>
            {live && (
              <View className='notice-detail__row'>
                <Button className='btn btn--ghost' onClick={go(`/officer/pages/notice-publish/index?id=${id}`)}>
                  编辑
                </Button>
                <Button className='btn btn--ghost' disabled={withdraw.running} onClick={confirmWithdraw}>
                  撤回
                </Button>
              </View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  )
}
