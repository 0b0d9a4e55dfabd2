import { fireEvent, render, screen } from '@testing-library/react'
import { EmptyState } from './index'

it('says what will appear and offers the next step', () => {
  const onAction = jest.fn()
  render(<EmptyState icon='通' title='暂无通知' description='工会发布的通知会显示在这里' actionText='去看看' onAction={onAction} />)
  expect(screen.getByText('暂无通知')).toBeTruthy()
  expect(screen.getByText('工会发布的通知会显示在这里')).toBeTruthy()
  fireEvent.click(screen.getByText('去看看'))
  expect(onAction).toHaveBeenCalledTimes(1)
})

it('shows no button without an action', () => {
  render(<EmptyState title='暂无活动' />)
  expect(screen.queryByRole('button')).toBeNull()
})

it('says it in one quiet line inside a card, without the badge', () => {
  const { container } = render(<EmptyState compact icon='报' title='还没有人报名' />)
  expect(screen.getByText('还没有人报名')).toBeTruthy()
  expect(container.querySelector('.empty-state__icon')).toBeNull()
})
