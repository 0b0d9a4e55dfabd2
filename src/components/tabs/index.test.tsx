import { fireEvent, render, screen } from '@testing-library/react'
import { Tabs } from './index'

const OPTIONS = [
  { value: 'unread' as const, label: '未读 3' },
  { value: 'read' as const, label: '已读 5' }
]

it('switches to the tapped tab, and marks the one that is on', () => {
  const onChange = jest.fn()
  render(<Tabs options={OPTIONS} value='unread' onChange={onChange} />)
  expect(screen.getByText('未读 3').className).toContain('tabs__item--on')
  fireEvent.click(screen.getByText('已读 5'))
  expect(onChange).toHaveBeenCalledWith('read')
  fireEvent.click(screen.getByText('未读 3'))
  expect(onChange).toHaveBeenCalledTimes(1)
})
