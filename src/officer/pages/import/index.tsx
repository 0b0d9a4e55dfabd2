import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ImportOutput, MemberRow } from '../../../../types/member'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { callAction } from '../../../services/cloud'
import { GENDER_LABEL } from '../../../lib/labels'
import { chunk, COLUMN_TITLES, parseRows, type ParseResult } from '../../../lib/parse-rows'
import './index.scss'

/** member.import takes at most 500 rows a call, all or nothing. */
const BATCH = 500

type Created = ImportOutput['created']

/** 导入名单 (chair): paste from Excel/WPS, check every row on screen, then save. */
export default function Import() {
  const [text, setText] = useState('')
  const [preview, setPreview] = useState<ParseResult>()
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [done, setDone] = useState<{ created: Created; updated: number }>()

  const bad = preview?.rows.filter((r) => r.errors.length).length ?? 0
  const ready = preview && preview.rows.length > 0 && bad === 0

  const check = () => {
    setDone(undefined)
    setFailure(undefined)
    setPreview(parseRows(text))
  }

  const save = async () => {
    if (!preview || !ready) return
    setSaving(true)
    setFailure(undefined)
    const created: Created = []
    let updated = 0
    const batches = chunk(
      preview.rows.map((r) => r.value as MemberRow),
      BATCH
    )
    for (const [i, members] of batches.entries()) {
      const res = await callAction('member', 'import', { members })
      if (!res.ok) {
        // earlier batches are saved (each call is all or nothing); say so, so nobody re-imports blind
        const saved = created.length + updated
        setFailure(batches.length > 1 ? `第 ${i + 1} 批（共 ${batches.length} 批）没有导入：${res.error.message}。前面 ${saved} 人已导入，再导入一次会更新他们，不会重复。` : res.error.message)
        break
      }
      created.push(...res.data.created)
      updated += res.data.updated.length
    }
    setSaving(false)
    if (created.length || updated) setDone({ created, updated })
  }

  const copyCodes = () => {
    const lines = (done?.created ?? []).map((c) => `${c.name}\t${c.inviteCode}`)
    Taro.setClipboardData({ data: ['姓名\t邀请码', ...lines].join('\n') })
  }

  return (
    <View className='page import'>
      <Card title='粘贴名单'>
        <Text className='hint'>在 Excel 或 WPS 里选中整张表复制，粘贴到下面。列的顺序：{COLUMN_TITLES.join('、')}。第一行是表头的话会自动跳过。</Text>
        <Textarea
          className='textarea import__paste'
          value={text}
          maxlength={-1}
          placeholder={'姓名\t部门\t性别\t生日\t农历生日\t退休\t手机\n张三\t语文组\t男\t1990-01-08\t八月十五\t否\t13800000000'}
          onInput={(e) => setText(e.detail.value)}
        />
        <Button className='btn btn--ghost' disabled={!text.trim()} onClick={check}>
          检查名单
        </Button>
      </Card>

      {preview && (
        <Card title='检查结果' extra={`${preview.rows.length} 行${bad ? `，${bad} 行有问题` : ''}`}>
          {preview.rows.length === 0 && <EmptyState compact title='没有读到任何一行' description='请确认粘贴的内容' />}
          {preview.rows.map((r) => (
            <View key={r.line} className={`import__row${r.errors.length ? ' import__row--bad' : ''}`}>
              <Text className='import__line'>{r.line}</Text>
              <View className='import__cells'>
                <Text className='import__main'>{r.value ? `${r.value.name} · ${r.value.unit} · ${GENDER_LABEL[r.value.gender]}` : r.cells.filter(Boolean).slice(0, 3).join(' · ') || '（空行）'}</Text>
                {r.value && (r.value.birthday || r.value.lunarBirthday || r.value.phone) && (
                  <Text className='import__detail'>
                    {[
                      r.value.birthday,
                      r.value.lunarBirthday && `农历${r.value.lunarBirthday.leap ? '闰' : ''}${r.value.lunarBirthday.month}月${r.value.lunarBirthday.day}日`,
                      r.value.retired ? '退休' : '',
                      r.value.phone
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
                {r.errors.map((e) => (
                  <Text key={e} className='import__error'>
                    {e}
                  </Text>
                ))}
              </View>
            </View>
          ))}
          {bad > 0 && <Text className='error-text import__fix'>请在表格里改正标红的行，再复制粘贴一次。</Text>}
          <Button className='btn import__save' disabled={!ready || saving || Boolean(done)} loading={saving} onClick={save}>
            {ready ? `导入 ${preview.rows.length} 人` : '导入'}
          </Button>
          {failure && <Text className='error-text import__fix'>{failure}</Text>}
        </Card>
      )}

      {done && (
        <Card title='导入完成' extra={`新增 ${done.created.length} 人${done.updated ? `，更新 ${done.updated} 人` : ''}`}>
          <Text className='hint'>把邀请码发给每位会员，他们在“我的 → 绑定”里输入即可。</Text>
          {done.created.map((c) => (
            <View key={c.id} className='import__code-row'>
              <Text>{c.name}</Text>
              <Text className='import__code'>{c.inviteCode}</Text>
            </View>
          ))}
          {done.created.length > 0 && (
            <Button className='btn btn--ghost import__copy' onClick={copyCodes}>
              复制全部邀请码
            </Button>
          )}
        </Card>
      )}
    </View>
  )
}
