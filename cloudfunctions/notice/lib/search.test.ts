import { escapeRegex, yearBounds } from './search'

it('matches a member’s words literally, special characters included', () => {
  for (const q of ['a.b', '(体检)', '[1]', '*', '\\', '50%+', '$^|?/']) expect(new RegExp(escapeRegex(q)).test(`前${q}后`)).toBe(true)
  expect(new RegExp(escapeRegex('a.b')).test('axb')).toBe(false)
})

it('bounds a year at midnight in Beijing', () => {
  expect(yearBounds(2026)).toEqual(['2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z'])
})
