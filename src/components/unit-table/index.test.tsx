import { render, screen } from '@testing-library/react'
import type { TableRow } from '../../../types/competition'
import { UnitTable } from './index'

const row = (unit: string, points: number, more: Partial<TableRow> = {}): TableRow => ({ unit, points, bonus: 0, gold: 0, silver: 0, bronze: 0, place: 1, ...more })

it('shows 参与分 as its own column only when the competition counts it', () => {
  const counted = render(<UnitTable rows={[row('语文组', 1.5, { participation: 1.5 }), row('数学组', 0, { participation: 0, place: 2 })]} />)
  expect(screen.getByText('参与')).toBeTruthy()
  expect(screen.getAllByText('1.5')).toHaveLength(2)
  counted.unmount()
  render(<UnitTable rows={[row('语文组', 3)]} />)
  expect(screen.queryByText('参与')).toBeNull()
})
