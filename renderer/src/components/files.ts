/**
 * Files in and out of the renderer: downloads (in Electron the same <a download> goes through the
 * session's download handling) and reading a chosen file for the API, which takes bytes as base64.
 */

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves bytes given as base64 under `fileName`. */
export function downloadBase64File(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  saveBlob(fileName, new Blob([bytes], { type: mimeType }))
}

/** Saves text (e.g. an .ics calendar) under `fileName`. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  saveBlob(fileName, new Blob([text], { type: mimeType }))
}

/**
 * A file's bytes as base64, untouched, so the host can detect its encoding itself. Read through a
 * data: URL, which the browser encodes without blocking the window.
 */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('Het bestand kon niet worden gelezen.'))
    reader.readAsDataURL(file)
  })
}
