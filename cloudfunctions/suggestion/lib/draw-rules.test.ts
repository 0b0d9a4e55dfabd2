import { drawWinners, eligibleHashOf, keyedWinners, sha256Hex, standIn, verifyKeyedDraw } from './draw'
import { eligibleAtClose, revealByOf, settle, statusAtClose } from './draw-rules'

// a deterministic stand-in for the phones' CSPRNG, so a failure can be replayed
const secretOf = (run: number, who: string) => sha256Hex(`run ${run} ${who}`).slice(0, 32)
const OTHERS = ['2611-A2B3', '2611-C4D5', '2611-E6F7']

/**
 * The grinding chair: she may try many secrets of her own and many numbers of her own (she may submit
 * 5 a day), and sees the other keyholder's commitment, but not their secret. Her best guess of the
 * result is the draw under her own secret and whatever she can derive from what is public.
 */
function grind(run: number, draw: (mine: string, other: string, numbers: string[]) => string[]) {
  const other = secretOf(run, 'auditor')
  const publicView = sha256Hex(other) // all she knows of the other key
  let best = { secret: secretOf(run, 'chair-0'), own: '2611-H8J9' }
  for (let t = 0; t < 40; t++) {
    const candidate = { secret: secretOf(run, `chair-${t}`), own: `2611-${'HJKM'[t % 4]}${'NPQR'[(t >> 2) % 4]}${'STUV'[(t >> 4) % 4]}W` }
    if (draw(candidate.secret, publicView, [...OTHERS, candidate.own])[0] === candidate.own) {
      best = candidate
      break
    }
  }
  return draw(best.secret, other, [...OTHERS, best.own])[0] === best.own
}

describe('a keyholder who knows their own secret cannot steer the keyed draw', () => {
  const keyed = (mine: string, other: string, numbers: string[]) =>
    keyedWinners(
      [
        { commitment: sha256Hex(mine), secret: mine },
        { commitment: sha256Hex(other), secret: other }
      ],
      numbers,
      1
    )

  it('the grinding chair wins about 1 time in 4 with 4 eligible numbers, as anyone does, over 300 months', () => {
    let wins = 0
    for (let run = 0; run < 300; run++) if (grind(run, keyed)) wins++
    // binomial(300, 1/4): mean 75, sd 7.5; 4 sd either side
    expect(wins).toBeGreaterThan(45)
    expect(wins).toBeLessThan(105)
  })

  it('the same grinding wins nearly every month against the old one-secret draw (so the measure can fail)', () => {
    let wins = 0
    for (let run = 0; run < 60; run++) if (grind(run, (mine, _other, numbers) => drawWinners(mine, numbers, 1))) wins++
    expect(wins).toBeGreaterThan(55)
  })

  it('for any one secret of hers, the winner still follows the other key: every number wins under some other secret', () => {
    const numbers = [...OTHERS, '2611-H8J9']
    const mine = secretOf(1, 'chair')
    const counts = new Map<string, number>()
    for (let run = 0; run < 400; run++) {
      const w = keyed(mine, secretOf(run, 'auditor'), numbers)[0]
      counts.set(w, (counts.get(w) ?? 0) + 1)
    }
    // each of the 4 numbers ~100 of 400 (sd ~8.7)
    for (const n of numbers) expect(counts.get(n) ?? 0).toBeGreaterThan(65)
  })
})

describe('the keyed draw’s public checks', () => {
  const eligible = ['2611-C4D5', '2611-A2B3', '2611-E6F7']
  const a = 'a secret of the chair 1234'
  const b = 'a secret of the auditor 5678'
  const parts = [
    { commitment: sha256Hex(a), secret: a },
    { commitment: sha256Hex(b), secret: b }
  ]

  it('verifies the published winners and refuses a swapped winner, a reveal that misses its commitment, or a changed list', () => {
    const winners = keyedWinners(parts, eligible, 2)
    const d = { parts, eligible, eligibleHash: eligibleHashOf(eligible), count: 2, winners }
    expect(verifyKeyedDraw(d)).toBe(true)
    expect(verifyKeyedDraw({ ...d, winners: [...winners].reverse() })).toBe(false)
    expect(verifyKeyedDraw({ ...d, parts: [parts[0], { ...parts[1], secret: b + 'x' }] })).toBe(false)
    expect(verifyKeyedDraw({ ...d, eligible: eligible.slice(1) })).toBe(false)
  })

  it('a missing reveal is replaced by a stand-in fixed by its commitment and the list, so the result is one', () => {
    const missing = [parts[0], { commitment: parts[1].commitment }]
    const once = keyedWinners(missing, eligible, 1)
    expect(keyedWinners(missing, [...eligible].reverse(), 1)).toEqual(once)
    expect(standIn(parts[1].commitment, eligibleHashOf(eligible))).toMatch(/^[0-9a-f]{64}$/)
    expect(verifyKeyedDraw({ parts: missing, eligible, eligibleHash: eligibleHashOf(eligible), count: 1, winners: once })).toBe(true)
  })
})

describe('eligibility and the deadline', () => {
  it('takes a suggestion’s status from its timeline as of the close: a step on the 1st does not count', () => {
    const doc = {
      steps: [
        { status: 'forwarded' as const, date: '2026-11-20' },
        { status: 'rejected' as const, date: '2026-12-01' }
      ]
    }
    expect(statusAtClose(doc, '2026-12-01')).toBe('forwarded')
    expect(statusAtClose({ steps: [] }, '2026-12-01')).toBe('received')
    const docs = [
      { number: '2611-A2B3', steps: [{ status: 'rejected' as const, date: '2026-11-30' }] },
      { number: '2611-C4D5', ...doc }
    ]
    expect(eligibleAtClose(docs, '2026-11')).toEqual(['2611-C4D5'])
  })

  it('lets keyholders reveal until the 7th of the next month, across a year end', () => {
    expect(revealByOf('2026-11')).toBe('2026-12-07')
    expect(revealByOf('2026-12')).toBe('2027-01-07')
  })

  it('settles on all reveals, or after the deadline on at least one; never on stand-ins alone', () => {
    const keyholders = [
      { role: '工会主席' as const, name: '主席', commitment: sha256Hex('s1 s1 s1 s1 s1 s1'), secret: 's1 s1 s1 s1 s1 s1' },
      { role: '经审委员' as const, name: '周婷', commitment: sha256Hex('s2 s2 s2 s2 s2 s2') }
    ]
    const draw = { count: 1, keyholders, revealBy: '2026-12-07', eligible: ['2611-A2B3', '2611-C4D5'] }
    expect(settle(draw, '2026-12-07')).toBeNull()
    expect(settle(draw, '2026-12-08')?.winners).toHaveLength(1)
    expect(settle({ ...draw, keyholders: keyholders.map((k) => ({ ...k, secret: undefined })) }, '2026-12-08')?.voidReason).toContain('没有保管人揭晓')
    expect(settle({ ...draw, keyholders: [keyholders[0]] }, '2026-12-02')?.voidReason).toContain('不足两位')
  })
})
