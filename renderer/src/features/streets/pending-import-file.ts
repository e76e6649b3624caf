let pending: File | undefined

/** Hands a dropped CSV file to the import page, which opens next. */
export function setPendingImportFile(file: File): void {
  pending = file
}

/** Takes the file dropped elsewhere (once), if any. */
export function takePendingImportFile(): File | undefined {
  const file = pending
  pending = undefined
  return file
}
