// suggestion.claim's tests: a month with two winning numbers and one that did not win
import { CHAIR, suggestionFixture } from './suggestion-fixture'

/** A well-formed claim code other than code. */
export const wrongFor = (code: string, i = 0) => {
  const c = `ABCDEF${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[Math.floor(i / 31) % 31]}${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[i % 31]}`
  return c === code ? 'ZZZZZZZZ' : c
}

export async function awarded() {
  const f = await suggestionFixture()
  const win = await f.submit(f.members[0].openid as string)
  const lose = await f.submit(f.members[1].openid as string)
  const second = await f.submit(f.members[2].openid as string)
  // November's prizes open on 1 Dec (Beijing); the claims below are then played back on the 24th's clock
  f.h.setNow('2026-12-01T02:00:00.000Z')
  await f.h.ok('suggestion', CHAIR, {
    action: 'award',
    month: '2026-11',
    winners: [
      { number: win.number, prize: '三等奖' },
      { number: second.number, prize: '二等奖' }
    ]
  })
  f.h.setNow('2026-11-24T02:00:00.000Z')
  return { ...f, win, lose, second }
}
