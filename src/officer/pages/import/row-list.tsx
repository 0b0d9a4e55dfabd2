import { Text, View } from '@tarojs/components'
import type { ParsedRow } from '../../../lib/parse-rows'
import { GENDER_LABEL } from '../../../lib/labels'

/** How many good rows are drawn: a 1,200-row sheet would make a phone crawl, and the count says the rest. */
const GOOD_SHOWN = 30

function detail(v: NonNullable<ParsedRow['value']>): string {
  const lunar = v.lunarBirthday && `农历${v.lunarBirthday.leap ? '闰' : ''}${v.lunarBirthday.month}月${v.lunarBirthday.day}日`
  return [v.birthday, lunar, v.retired ? '退休' : '', v.phone].filter(Boolean).join(' · ')
}

function Row({ r }: { r: ParsedRow }) {
  return (
    <View className={`import__row${r.errors.length ? ' import__row--bad' : ''}`}>
      <Text className='import__line'>第 {r.line} 行</Text>
      <View className='import__cells'>
        <Text className='import__main'>{r.value ? `${r.value.name} · ${r.value.unit} · ${GENDER_LABEL[r.value.gender]}` : r.cells.filter(Boolean).slice(0, 3).join(' · ') || '（空行）'}</Text>
        {r.value && detail(r.value) && <Text className='import__detail'>{detail(r.value)}</Text>}
        {r.errors.map((e) => (
          <Text key={e} className='import__error'>
            {e}
          </Text>
        ))}
      </View>
    </View>
  )
}

/** Bad rows first and all of them (each says which column and what is wrong); then the good ones. */
export function RowList({ rows }: { rows: ParsedRow[] }) {
  const bad = rows.filter((r) => r.errors.length)
  const good = rows.filter((r) => !r.errors.length)
  return (
    <View className='import__rows'>
      {bad.map((r) => (
        <Row key={r.line} r={r} />
      ))}
      {good.slice(0, GOOD_SHOWN).map((r) => (
        <Row key={r.line} r={r} />
      ))}
      {good.length > GOOD_SHOWN && <Text className='hint import__more'>另有 {good.length - GOOD_SHOWN} 行没问题，未逐行列出</Text>}
    </View>
  )
}
