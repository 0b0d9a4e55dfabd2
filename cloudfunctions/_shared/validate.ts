import type { ZodError, ZodIssue } from 'zod'
import { FIELD_LABELS } from '../../types/common'

function describePath(path: (string | number)[], labels: Record<string, string>): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const p = path[i]
    if (typeof p === 'number') parts.push(path[i - 1] === 'members' ? `第 ${p + 1} 行` : `第 ${p + 1} 项`)
    else parts.push(labels[p] ?? p)
  }
  return parts.join(' ')
}

function describeIssue(issue: ZodIssue, labels: Record<string, string>): string {
  const where = describePath(issue.path, labels)
  if (issue.code === 'unrecognized_keys') {
    return `${where ? where + '：' : ''}不认识的字段 ${issue.keys.join('、')}`
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message && issue.message !== 'Required' ? issue.message : `缺少${where || '内容'}`
  }
  // zod's own messages are English (ASCII); ours are Chinese
  // eslint-disable-next-line no-control-regex -- \x00 starts the ASCII range, it is no stray control character
  const english = /^[\x00-\x7F]*$/.test(issue.message)
  // an enum without a message of its own names what it takes: 角色：只能是 member、officer、chair
  const msg = english && issue.code === 'invalid_enum_value' ? `只能是 ${issue.options.map(String).join('、')}` : english ? '格式不正确' : issue.message
  // a message that already names its field reads better without the prefix
  const label = issue.path.length ? describePath(issue.path.slice(-1), labels) : ''
  if (where && label && msg.startsWith(label)) return issue.path.length > 1 ? `${describePath(issue.path.slice(0, -1), labels)} ${msg}` : msg
  return where ? `${where}：${msg}` : msg
}

/** A Chinese message that names the field, from the first few issues of a zod error. */
export function describeZodError(err: ZodError, labels: Record<string, string> = FIELD_LABELS): string {
  const seen = new Set<string>()
  for (const issue of err.issues.slice(0, 3)) seen.add(describeIssue(issue, labels))
  return [...seen].join('；')
}
