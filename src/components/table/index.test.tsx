import { render, screen } from '@testing-library/react'
import { Table } from './index'

it('shows a heading row, one row per item, and the total last', () => {
  const rows = [
    { unit: '语文组', n: 12 },
    { unit: '数学组', n: 9 }
  ]
  const { container } = render(
    <Table
      columns={[
        { title: '部门', grow: true, cell: (r) => r.unit },
        { title: '人数', cell: (r) => r.n }
      ]}
      rows={rows}
      rowKey={(r) => r.unit}
      total={{ unit: '合计', n: 21 }}
    />
  )
  expect(screen.getByText('部门')).toBeTruthy()
  const lines = Array.from(container.querySelectorAll('.table__row'), (r) => r.textContent)
  expect(lines).toEqual(['部门人数', '语文组12', '数学组9', '合计21'])
})
