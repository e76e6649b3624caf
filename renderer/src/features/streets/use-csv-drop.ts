import { type DragEvent, useCallback, useState } from 'react'

/** What a page spreads on the element that accepts a dropped CSV file. */
export interface CsvDropTarget {
  isOver: boolean
  handlers: {
    onDragOver: (event: DragEvent) => void
    onDragLeave: (event: DragEvent) => void
    onDrop: (event: DragEvent) => void
  }
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files')
}

/**
 * Lets a page accept a file dragged onto it (the first file is handed to `onFile`). While a file is
 * held over the page `isOver` is true, so the page can show where to let go.
 */
export function useCsvDrop(onFile: (file: File) => void): CsvDropTarget {
  const [isOver, setOver] = useState(false)
  const onDragOver = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }, [])
  const onDragLeave = useCallback((event: DragEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
    setOver(false)
  }, [])
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setOver(false)
      const file = event.dataTransfer.files[0]
      if (file) onFile(file)
    },
    [onFile],
  )
  return { isOver, handlers: { onDragOver, onDragLeave, onDrop } }
}
