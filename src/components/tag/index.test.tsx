import { render, screen } from '@testing-library/react'
import { Tag } from './index'

it('shows its words in its tone, filled when solid', () => {
  render(
    <>
      <Tag tone='gold'>一等奖</Tag>
      <Tag tone='brand' solid>
        置顶
      </Tag>
    </>
  )
  expect(screen.getByText('一等奖').className).toContain('tag--gold')
  expect(screen.getByText('置顶').className).toContain('tag--solid')
})
