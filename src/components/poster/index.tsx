import { useState } from 'react'
import { Button, Image, Text, View } from '@tarojs/components'
import type { Result } from '../../../types/common'
import { imageSrc, isPdf, openPdf, saveImage, type DrawnFile } from './save'
import './index.scss'

export { routeId } from './scene'
export { openPdf, saveImage, type DrawnFile } from './save'

export interface DrawnImageProps {
  /** The button: 生成海报, 保存奖状, 打印全部奖状 */
  label: string
  /** While the server draws: 正在生成海报… */
  busyLabel: string
  /** Calls the action that draws the file. */
  make: () => Promise<Result<DrawnFile & { count?: number }>>
  /** A quieter button among others. */
  ghost?: boolean
  className?: string
}

/**
 * A button that has the server draw an image (the same on every phone) and then shows it with
 * 保存到相册; a PDF of 奖状 opens to print instead, and says how many pages it holds.
 */
export function DrawnImage({ label, busyLabel, make, ghost, className }: DrawnImageProps) {
  const [busy, setBusy] = useState(false)
  const [file, setFile] = useState<(DrawnFile & { count?: number }) | null>(null)
  const [error, setError] = useState('')

  const run = async () => {
    setBusy(true)
    setError('')
    const res = await make()
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setFile(res.data)
    if (isPdf(res.data)) await openPdf(res.data)
  }

  return (
    <View className={['drawn-image', className].filter(Boolean).join(' ')}>
      {!file && (
        <Button className={ghost ? 'btn btn--ghost' : 'btn'} disabled={busy} onClick={run}>
          {busy ? busyLabel : label}
        </Button>
      )}
      {error && <Text className='error-text drawn-image__error'>{error}</Text>}
      {file && isPdf(file) && (
        <View className='drawn-image__done'>
          <Text className='drawn-image__note'>已生成 {file.count ?? ''} 张奖状，一页一张，可直接打印。</Text>
          <Button className='btn' onClick={() => void openPdf(file)}>
            打开奖状文件
          </Button>
        </View>
      )}
      {file && !isPdf(file) && (
        <View className='drawn-image__done'>
          <Image className='drawn-image__img' src={imageSrc(file)} mode='widthFix' showMenuByLongpress />
          <Button className='btn' onClick={() => void saveImage(file)}>
            保存到相册
          </Button>
          <Button className='btn btn--ghost' onClick={() => setFile(null)}>
            收起
          </Button>
        </View>
      )}
    </View>
  )
}
