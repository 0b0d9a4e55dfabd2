/**
 * What each subscribe-message field type accepts (WeChat's subscribeMessage.send reference: thing
 * ≤ 20 characters, phrase ≤ 5 Chinese characters, name ≤ 10, character_string ≤ 32, number ≤ 32
 * digits, date and time in their formats). The type is the field name's prefix (thing1, time2…).
 * A value that does not fit makes WeChat refuse the whole send (47003), so it is not attempted.
 */
const LIMITS: Record<string, (v: string) => string | null> = {
  // a thing is prose: cut to 20, marking the cut
  thing: (v) => (v.length <= 20 ? v : `${v.slice(0, 19)}…`),
  phrase: (v) => (/^[\u4e00-\u9fa5]{1,5}$/.test(v) ? v : null),
  name: (v) => (v.length >= 1 && v.length <= 10 ? v : null),
  character_string: (v) => (/^[\w.-]{1,32}$/.test(v) ? v : null),
  number: (v) => (/^\d{1,32}(\.\d+)?$/.test(v) ? v : null),
  letter: (v) => (/^[A-Za-z]{1,32}$/.test(v) ? v : null),
  date: (v) => (/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$|^\d{4}年\d{1,2}月\d{1,2}日( \d{2}:\d{2})?$/.test(v) ? v : null),
  time: (v) => (/^\d{2}:\d{2}(:\d{2})?$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$|^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(v) ? v : null)
}

export type FieldCheck = { ok: true; data: Record<string, { value: string }> } | { ok: false; problem: string }

/** Our values keyed by WeChat field names → the data to send, or the first value that would be refused. */
export function fitTemplateData(values: Record<string, string>): FieldCheck {
  const data: Record<string, { value: string }> = {}
  for (const [key, raw] of Object.entries(values)) {
    const type = key.replace(/\d+$/, '')
    const fit = LIMITS[type]
    if (!fit) return { ok: false, problem: `unknown field type ${key}` }
    const value = fit(raw.trim())
    if (value === null || value === '') return { ok: false, problem: `${key} does not fit ${type}: ${raw.slice(0, 40)}` }
    data[key] = { value }
  }
  return { ok: true, data }
}

/** developer / trial / formal: which version of the mini-program a message opens (WX_MINIPROGRAM_STATE). */
export function miniprogramState(env: Record<string, string | undefined>): 'developer' | 'trial' | 'formal' {
  const s = env.WX_MINIPROGRAM_STATE
  return s === 'developer' || s === 'trial' ? s : 'formal'
}
