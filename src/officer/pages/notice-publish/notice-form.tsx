import { useMemo, useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Role } from '../../../../types/common'
import { DELEGATE_TAG } from '../../../../types/congress'
import { HIDDEN_TAGS, KNOWN_TAGS } from '../../../../types/member'
import type { Notice, NoticeAudience, NoticeCategory, PublishOutput } from '../../../../types/notice'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { SwitchField } from '../../../components/field'
import { NoticeArticle } from '../../../components/notice-article'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { ROLE_LABEL } from '../../../lib/labels'
import { categoryLabel, CATEGORIES } from '../../../lib/notice-text'
import { useRequestId } from '../../../lib/request-id'

type Scope = 'all' | 'units' | 'roles' | 'tags'
const SCOPES = [
  { value: 'all' as Scope, label: '全体会员' },
  { value: 'units' as Scope, label: '按部门' },
  { value: 'roles' as Scope, label: '按角色' },
  { value: 'tags' as Scope, label: '按标签' }
]
const ROLES: Role[] = ['officer', 'member']

interface Draft {
  title: string
  body: string
  category: NoticeCategory
  scope: Scope
  units: string[]
  roles: Role[]
  tags: string[]
  pinned: boolean
}
const EMPTY: Draft = { title: '', body: '', category: 'notice', scope: 'all', units: [], roles: [], tags: [], pinned: false }

const draftOf = (n: Notice): Draft => ({
  ...EMPTY,
  title: n.title,
  body: n.body,
  category: n.category,
  pinned: n.pinned,
  scope: n.audience?.units ? 'units' : n.audience?.roles ? 'roles' : n.audience?.tags ? 'tags' : 'all',
  units: n.audience?.units ?? [],
  roles: n.audience?.roles ?? [],
  tags: n.audience?.tags ?? []
})

const audienceOf = (d: Draft): NoticeAudience | null => (d.scope === 'units' ? { units: d.units } : d.scope === 'roles' ? { roles: d.roles } : d.scope === 'tags' ? { tags: d.tags } : null)

export interface NoticeFormProps {
  /** The notice being edited (its id and as it stands); neither for a new one. */
  id?: string
  loaded?: Notice
  /** A new notice's prepared words (a ballot's 公示 from ballot.draftNotice), for the chair to review. */
  prefill?: Pick<Notice, 'title' | 'body' | 'category'>
  /** A 会议文件 of this 教代会: filed under it, and sent to the 代表 unless the chair widens it. */
  meeting?: { id: string; title: string }
}

/** The notice's form and its 预览: 确认发布 publishes a new one, 保存修改 edits the one with id. */
export function NoticeForm({ id, loaded, prefill, meeting }: NoticeFormProps) {
  const [draft, setDraft] = useState<Draft>(() => (loaded ? draftOf(loaded) : prefill ? { ...EMPTY, ...prefill } : meeting ? { ...EMPTY, scope: 'tags', tags: [DELEGATE_TAG] } : EMPTY))
  const [previewing, setPreviewing] = useState(false)
  const me = useMe()
  const roster = useAction('member', 'list')
  const publish = useMutation('notice', 'publish')
  // one idempotency key per notice composed here: tapping 发布 again after a timeout publishes it once
  const [requestId] = useRequestId('n')
  const edit = useMutation('notice', 'edit')
  const saving = publish.running || edit.running
  const error = (id ? edit : publish).error?.message

  const units = useMemo(() => [...new Set((roster.data?.items ?? []).map((m) => m.unit))].map((u) => ({ value: u, label: u })), [roster.data])
  // the tags DESIGN names and any the chair added, never a hidden one (it would out the members carrying it)
  const tags = useMemo(
    () => [...new Set([...KNOWN_TAGS, ...(roster.data?.items ?? []).flatMap((m) => m.tags ?? [])])].filter((t) => !HIDDEN_TAGS.includes(t)).map((t) => ({ value: t, label: t })),
    [roster.data]
  )
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }))
  const audience = audienceOf(draft)

  const submit = async () => {
    const payload = { title: draft.title, body: draft.body, category: draft.category, pinned: draft.pinned }
    const res = id ? await edit.run({ id, ...payload, audience }) : await publish.run({ ...payload, requestId, ...(audience ? { audience } : {}), ...(meeting ? { meetingId: meeting.id } : {}) })
    if (!res.ok) return setPreviewing(false)
    // icon 'none': H5's success icon is an image from a CDN, absent offline
    Taro.showToast({ title: id ? '已保存' : '已发布', icon: 'none' })
    const newId = id ?? (res.data as PublishOutput).id
    if (id) Taro.navigateBack()
    else Taro.redirectTo({ url: `/pages/notice/index?id=${newId}` })
  }

  if (previewing) {
    const preview = { ...draft, audience, authorName: loaded?.authorName ?? me.data?.member?.name ?? '工会', publishedAt: loaded?.publishedAt ?? new Date().toISOString() }
    return (
      <>
        <Text className='hint notice-publish__preview-hint'>预览：会员看到的样子</Text>
        <Card>
          <NoticeArticle notice={preview} showAudience />
        </Card>
        <View className='notice-publish__row'>
          <Button className='btn btn--ghost' onClick={() => setPreviewing(false)}>
            返回修改
          </Button>
          {/* no `loading`: H5 draws its spinner from a CDN image, absent offline */}
          <Button className='btn' disabled={saving} onClick={submit}>
            {saving ? '正在提交…' : id ? '保存修改' : '确认发布'}
          </Button>
        </View>
      </>
    )
  }

  return (
    <>
      {meeting && <Text className='hint notice-publish__meeting'>会议文件：{meeting.title}。发布后列在会议页面，只有发送对象能看到。</Text>}
      <Card title='类别'>
        <ChipGroup options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))} value={[draft.category]} onChange={([c]) => set('category', c)} />
      </Card>
      <Card title='标题' extra={`${draft.title.length}/60`}>
        <Input className='input' value={draft.title} maxlength={60} placeholder='例如：关于组织会员体检的通知' onInput={(e) => set('title', e.detail.value)} />
      </Card>
      <Card title='正文' extra={`${draft.body.length}/5000`}>
        <Textarea className='textarea notice-publish__body' value={draft.body} maxlength={5000} placeholder='空一行分段' onInput={(e) => set('body', e.detail.value)} />
      </Card>
      <Card title='发送给'>
        <ChipGroup options={SCOPES} value={[draft.scope]} onChange={([s]) => set('scope', s)} />
        {draft.scope === 'units' && <ChipGroup className='notice-publish__sub' options={units} value={draft.units} multiple onChange={(v) => set('units', v)} />}
        {draft.scope === 'roles' && (
          <ChipGroup
            className='notice-publish__sub'
            options={ROLES.map((r) => ({ value: r, label: r === 'member' ? '普通会员' : ROLE_LABEL[r] }))}
            value={draft.roles}
            multiple
            onChange={(v) => set('roles', v)}
          />
        )}
        {draft.scope === 'tags' && <ChipGroup className='notice-publish__sub' options={tags} value={draft.tags} multiple onChange={(v) => set('tags', v)} />}
        <SwitchField className='notice-publish__pin' label='置顶' checked={draft.pinned} onChange={(v) => set('pinned', v)} />
      </Card>
      {error && <Text className='error-text notice-publish__error'>{error}</Text>}
      <Button className='btn' disabled={!draft.title.trim() || !draft.body.trim()} onClick={() => setPreviewing(true)}>
        预览
      </Button>
    </>
  )
}
