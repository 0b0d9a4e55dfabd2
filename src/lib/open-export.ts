import Taro from '@tarojs/taro'
import type { ExportedFile } from '../../types/common'

export type { ExportedFile }

/**
 * Opens an exported .xlsx: the mini-program downloads the cloud file and opens it (share to a
 * chat or open in WPS from there); the browser downloads it.
 */
export async function openExport(file: ExportedFile): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID })
      // the report's 工作总结 is a .docx; every other export an .xlsx
      await Taro.openDocument({ filePath: tempFilePath, fileType: file.fileName.endsWith('.docx') ? 'docx' : 'xlsx', showMenu: true })
    } catch {
      Taro.showToast({ title: '文件打开失败，请稍后再试', icon: 'none' })
    }
    return
  }
  if (!file.url) return void Taro.showToast({ title: '文件已生成', icon: 'none' })
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
}
