import { isQuorate, quorumOf } from './quorum'

it('quorum is two thirds of the 代表 rounded up, and the meeting is quorate once that many are present', () => {
  expect([0, 1, 2, 3, 4, 9, 10, 11, 12, 100].map(quorumOf)).toEqual([0, 1, 2, 2, 3, 6, 7, 8, 8, 67])
  expect(isQuorate(10, 6)).toBe(false)
  expect(isQuorate(10, 7)).toBe(true)
  expect(isQuorate(9, 6)).toBe(true)
  // no 代表 at all: nobody is needed, but no meeting can be held either
  expect(isQuorate(0, 0)).toBe(false)
})
