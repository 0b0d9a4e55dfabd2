import Taro from '@tarojs/taro'

/** A drawn file in cloud storage: a poster or 奖状 (.png), or the 奖状 to print (.pdf). */
export interface DrawnFile {
  fileID: string
  /** Where the browser fetches it (the local cloud; a temp URL in production). */
  url?: string
  fileName: string
}

export const isPdf = (f: DrawnFile) => f.fileName.endsWith('.pdf')

/** The browser's way: a download link clicked for the member. */
function download(f: DrawnFile): void {
  if (!f.url) return void Taro.showToast({ title: '文件已生成', icon: 'none' })
  const a = document.createElement('a')
  a.href = f.url
  a.download = f.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/**
 * Saves a PNG to the phone's album (weapp: download from cloud storage, then saveImageToPhotosAlbum,
 * which asks once for permission and, once refused, only Settings can undo); the browser downloads it.
 */
export async function saveImage(f: DrawnFile): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return download(f)
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: f.fileID })
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    Taro.showToast({ title: '已保存到相册', icon: 'success' })
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? e)
    if (/cancel/.test(msg)) return
    if (/auth|deny|denied/.test(msg)) {
      const { confirm } = await Taro.showModal({ title: '需要相册权限', content: '保存图片要用到相册。请在设置里打开「添加到相册」，再点一次保存。', confirmText: '去设置', cancelText: '不用了' })
      if (confirm) await Taro.openSetting()
      return
    }
    Taro.showToast({ title: '保存没有成功，请稍后再试', icon: 'none' })
  }
}

/** Opens the PDF to print (weapp: openDocument, whose menu sends it to a computer or a printer app); the browser downloads it. */
export async function openPdf(f: DrawnFile): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return download(f)
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: f.fileID })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  } catch {
    Taro.showToast({ title: '文件打开失败，请稍后再试', icon: 'none' })
  }
}

/** What an <Image> shows: the cloud file itself in the mini-program, its URL in the browser. */
export const imageSrc = (f: DrawnFile) => (process.env.TARO_ENV === 'weapp' ? f.fileID : (f.url ?? ''))
