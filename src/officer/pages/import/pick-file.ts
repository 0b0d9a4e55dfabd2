import Taro from '@tarojs/taro'

export interface PickedFile {
  name: string
  data: ArrayBuffer
}

/** The file kinds offered; .xls is offered too, so it can be told how to become .xlsx rather than be greyed out. */
const EXTENSIONS = ['xlsx', 'xls', 'csv']

/** In the mini-program: a file sent in a chat (文件传输助手 or any chat), read from its temp path. */
async function pickFromChat(): Promise<PickedFile | undefined> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: EXTENSIONS })
  } catch {
    return undefined // the chair closed the picker: nothing to say
  }
  const file = picked.tempFiles[0]
  if (!file) return undefined
  const data = await new Promise<ArrayBuffer>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({ filePath: file.path, success: (r) => resolve(r.data as ArrayBuffer), fail: () => reject(new Error('读取文件失败，请重新选择')) })
  )
  return { name: file.name, data }
}

/** In H5 (the browser twin) chooseMessageFile does not exist: a plain file input stands in. */
function pickInBrowser(): Promise<PickedFile | undefined> {
  // a cancelled browser dialog fires nothing: clear the input a cancelled pick left behind
  document.querySelectorAll('.import__file-input').forEach((old) => old.remove())
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = EXTENSIONS.map((e) => `.${e}`).join(',')
    input.className = 'import__file-input'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(undefined)
      const reader = new FileReader()
      reader.onload = () => resolve({ name: file.name, data: reader.result as ArrayBuffer })
      reader.onerror = () => reject(new Error('读取文件失败，请重新选择'))
      reader.readAsArrayBuffer(file)
    })
    document.body.appendChild(input)
    input.click()
  })
}

/** Lets the chair pick one spreadsheet file; undefined when they change their mind. */
export function pickSheetFile(): Promise<PickedFile | undefined> {
  return process.env.TARO_ENV === 'h5' ? pickInBrowser() : pickFromChat()
}
