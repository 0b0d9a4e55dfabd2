import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ImportOutput, MemberRow } from '../../../../types/member'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { callAction } from '../../../services/cloud'
import { chunk, COLUMN_TITLES, parseGrid, parseRows, rowsToText, type ParsedRow, type ParseResult } from '../../../lib/parse-rows'
import { pickSheetFile } from './pick-file'
import { readSheet, SheetError } from './read-sheet'
import { RowList } from './row-list'
import './index.scss'

/** member.import takes at most 500 rows a call, all or nothing. */
const BATCH = 500

type Created = ImportOutput['created']
interface Done {
  created: Created
  updated: number
  /** Rows not sent (each with its problems), kept so the chair can fix and import them. */
  left: ParsedRow[]
  header: string[]
}

/** The answer appears below the fold on a phone: bring it into view once drawn (a convenience: a failed scroll is ignored). */
const scrollTo = (selector: string) => setTimeout(() => Promise.resolve(Taro.pageScrollTo({ selector, duration: 200 })).catch(() => undefined), 50)

const PICK_LABEL = process.env.TARO_ENV === 'h5' ? '选择表格文件' : '从微信聊天选文件'

/** 导入名单 (chair): a spreadsheet from a chat, or rows pasted; good rows are saved, bad rows listed for fixing. */
export default function Import() {
  const [text, setText] = useState('')
  const [source, setSource] = useState<string>()
  const [preview, setPreview] = useState<ParseResult>()
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [done, setDone] = useState<Done>()

  const bad = preview?.rows.filter((r) => r.errors.length) ?? []
  const good = preview?.rows.filter((r) => r.value) ?? []

  const show = (result: ParseResult, from: string) => {
    setDone(undefined)
    setFailure(undefined)
    setSource(from)
    setPreview(result)
    scrollTo('.import__result')
  }

  const pickFile = async () => {
    setFailure(undefined)
    try {
      const file = await pickSheetFile()
      if (file) show(parseGrid(await readSheet(file.name, file.data)), `文件“${file.name}”`)
    } catch (e) {
      setPreview(undefined)
      setFailure(e instanceof SheetError ? e.message : '读取文件失败，请重新选择，或复制表格粘贴到下面。')
    }
  }

  const save = async () => {
    if (!preview || !good.length) return
    setSaving(true)
    setFailure(undefined)
    const created: Created = []
    let updated = 0
    const batches = chunk(
      good.map((r) => r.value as MemberRow),
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
    if (!created.length && !updated) return
    setDone({ created, updated, left: bad, header: preview.header })
    scrollTo('.import__outcome')
  }

  /** The rows left out go into the paste box under their header, to be corrected there and checked again. */
  const fixLeft = () => {
    if (!done) return
    setText(rowsToText(done.header, done.left))
    setPreview(undefined)
    setDone(undefined)
    scrollTo('.import__paste')
  }

  const copyCodes = () => {
    const lines = (done?.created ?? []).map((c) => `${c.name}\t${c.inviteCode}`)
    Taro.setClipboardData({ data: ['姓名\t邀请码', ...lines].join('\n') })
  }

  return (
    <View className='page import'>
      <Card title='导入表格文件'>
        <Text className='hint'>
          {process.env.TARO_ENV === 'h5' ? '选一个 Excel 表格（.xlsx）或 CSV 文件。' : '先把 Excel 表格（.xlsx）或 CSV 文件发到任一微信聊天（如“文件传输助手”），再从聊天里选它。'}
          表头写 {COLUMN_TITLES.join('、')}，顺序不限。
        </Text>
        <Button className='btn import__pick' onClick={pickFile}>
          {PICK_LABEL}
        </Button>
      </Card>

      <Card title='粘贴名单'>
        <Text className='hint'>在 Excel 或 WPS 里选中整张表复制，粘贴到下面。列的顺序：{COLUMN_TITLES.join('、')}。第一行是表头的话会自动跳过。</Text>
        <Textarea
          className='textarea import__paste'
          value={text}
          maxlength={-1}
          placeholder={'姓名\t部门\t性别\t生日\t农历生日\t退休\t手机\n张三\t语文组\t男\t1990-01-08\t八月十五\t否\t13800000000'}
          onInput={(e) => setText(e.detail.value)}
        />
        <Button className='btn btn--ghost' disabled={!text.trim()} onClick={() => show(parseRows(text), '粘贴的内容')}>
          检查名单
        </Button>
      </Card>

      {failure && !preview && <Text className='error-text import__fix'>{failure}</Text>}

      {preview && !done && (
        <Card title='检查结果' className='import__result' extra={`${preview.rows.length} 行${bad.length ? `，${bad.length} 行有问题` : ''}`}>
          <Text className='hint'>来自{source}；行号与表格里的一致。</Text>
          {preview.rows.length === 0 && <EmptyState compact title='没有读到任何一行' description='请确认表格里有姓名、部门、性别这几列' />}
          <RowList rows={preview.rows} />
          {bad.length > 0 && (
            <Text className='error-text import__fix'>
              {good.length ? `标红的 ${bad.length} 行不会导入；先导入其余 ${good.length} 人，之后可以在这里改正红色的行再导入。` : '每一行都有问题，请按红字改正后再检查。'}
            </Text>
          )}
          <Button className='btn import__save' disabled={!good.length || saving} loading={saving} onClick={save}>
            {good.length ? `导入 ${good.length} 人` : '导入'}
          </Button>
          {failure && <Text className='error-text import__fix'>{failure}</Text>}
        </Card>
      )}

      {done && done.left.length > 0 && (
        <Card title={`还有 ${done.left.length} 行没有导入`} className='import__left import__outcome'>
          <Text className='hint'>其余 {done.created.length + done.updated} 人已导入，邀请码在下方。这些行按红字改正后再导入即可。</Text>
          <RowList rows={done.left} />
          <Button className='btn import__save' onClick={fixLeft}>
            改正这些行再导入
          </Button>
        </Card>
      )}

      {done && (
        <Card title='导入完成' className={done.left.length ? undefined : 'import__outcome'} extra={`新增 ${done.created.length} 人${done.updated ? `，更新 ${done.updated} 人` : ''}`}>
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
          {failure && <Text className='error-text import__fix'>{failure}</Text>}
        </Card>
      )}
    </View>
  )
}
