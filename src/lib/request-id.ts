import { useCallback, useState } from 'react'

/** One idempotency key per write a form makes: a retried 提交 after a timeout or a double tap records once. */
const newRequestId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`

/** The key of the write a form is about to make: the same across its retries; renew() after it went through, for the next one. */
export function useRequestId(prefix: string): [string, () => void] {
  const [id, setId] = useState(() => newRequestId(prefix))
  const renew = useCallback(() => setId(newRequestId(prefix)), [prefix])
  return [id, renew]
}
