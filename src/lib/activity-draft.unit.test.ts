import { CreateActivityInput, UpdateActivityInput } from '../../types/activity'
import { draftOf, emptyDraft, nextFieldKey, payloadOf } from './activity-draft'

describe('activity form ↔ payload', () => {
  const now = new Date('2026-11-24T02:00:00.000Z')

  it('turns Beijing dates and times into instants and leaves blanks out of a new activity', () => {
    const d = { ...emptyDraft(now), title: '读书分享会', capacity: '30' }
    const p = payloadOf(d, false)
    expect(p).toMatchObject({ title: '读书分享会', startAt: '2026-12-01T01:00:00.000Z', endAt: '2026-12-01T03:00:00.000Z', signupClosesAt: '2026-11-29T10:00:00.000Z', capacity: 30, waitlist: true })
    expect(p).not.toHaveProperty('quotas')
    expect(CreateActivityInput.safeParse(p).success).toBe(true)
  })

  it('narrows who may sign up to a tag (教代会代表) with the units, and reads it back', () => {
    const d = { ...emptyDraft(now), title: '代表座谈会', capacity: '20', units: ['语文组'], tags: ['教代会代表'] }
    const p = payloadOf(d, false)
    expect(p.eligibility).toEqual({ units: ['语文组'], tags: ['教代会代表'] })
    expect(CreateActivityInput.safeParse(p).success).toBe(true)
  })

  it('sends cleared settings as null when editing, and batches instead of a capacity', () => {
    const d = {
      ...emptyDraft(now),
      title: '运动会',
      endTime: '',
      batched: true,
      batches: [
        { key: 'b1', label: '上午', capacity: '40' },
        { label: '下午', capacity: '' }
      ],
      quotas: { 语文组: '6', 数学组: '' }
    }
    const p = payloadOf(d, true)
    expect(p).toMatchObject({ endAt: null, capacity: null, eligibility: null, quotas: { 语文组: 6 }, batches: [{ key: 'b1', label: '上午', capacity: 40 }, { label: '下午' }] })
    expect(UpdateActivityInput.safeParse({ id: 'a1', ...p }).success).toBe(true)
  })

  it('sends a number question’s range, and −5 or 1.5 as numbers so the server names what is wrong', () => {
    const f = { key: 'f1', label: '家属人数', type: 'number' as const, options: '', required: false, integer: true, min: '', max: '3' }
    expect(payloadOf({ ...emptyDraft(now), title: '登山', fields: [f] }, false).fields).toEqual([{ key: 'f1', label: '家属人数', type: 'number', required: false, integer: true, max: 3 }])
    expect(payloadOf({ ...emptyDraft(now), title: '登山', capacity: '-5' }, false).capacity).toBe(-5)
    expect(payloadOf({ ...emptyDraft(now), title: '登山', capacity: '1.5' }, false).capacity).toBe(1.5)
  })

  it('splits choices on 、 and commas, and round-trips an activity', () => {
    const d = { ...emptyDraft(now), title: '登山', fields: [{ key: 'f1', label: '尺码', type: 'single' as const, options: 'S、M, L，XL', required: true, integer: true, min: '', max: '' }] }
    const p = payloadOf(d, false)
    expect(p.fields).toEqual([{ key: 'f1', label: '尺码', type: 'single', required: true, options: ['S', 'M', 'L', 'XL'] }])
    expect(nextFieldKey(d.fields)).toBe('f2')
    const back = draftOf({
      id: 'a1',
      title: '登山',
      startAt: p.startAt as string,
      signupClosesAt: p.signupClosesAt as string,
      capacity: 20,
      waitlist: false,
      fields: [],
      batches: [],
      confirmed: 0,
      waitlisted: 0,
      phase: 'open',
      mine: null,
      eligibility: { gender: 'F' }
    })
    expect(back).toMatchObject({ date: '2026-12-01', startTime: '09:00', closeDate: '2026-11-29', closeTime: '18:00', capacity: '20', waitlist: false, gender: 'F' })
  })
})
