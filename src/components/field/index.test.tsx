import { render, screen } from '@testing-library/react'
import { Field } from './index'

it('labels its control, marks it required, and says what to type', () => {
  render(
    <Field label='衣服尺码' required hint='按平时穿的尺码'>
      <input placeholder='S、M、L' />
    </Field>
  )
  expect(screen.getByText('衣服尺码 *')).toBeTruthy()
  expect(screen.getByPlaceholderText('S、M、L')).toBeTruthy()
  expect(screen.getByText('按平时穿的尺码')).toBeTruthy()
})
