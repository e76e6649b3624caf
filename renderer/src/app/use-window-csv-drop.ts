import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { setPendingImportFile } from '../features/streets/pending-import-file'
import { addressImportPath } from '../features/streets/streets-paths'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** True for a file the address import reads: a .csv (by name, as Excel's type varies by system). */
export function isCsvFile(file: Pick<File, 'name'>): boolean {
  return file.name.toLowerCase().endsWith('.csv')
}

/**
 * A CSV file dropped anywhere on the window starts the address import with that file (the import
 * page reads it on arrival, as when it is dropped on Straten). Another kind of file is refused with a
 * message. Drops that a page handles itself (the import page's drop zone, Straten) are left alone;
 * and a dropped file never makes the window open it (the desktop app also sets navigateOnDragDrop
 * off and refuses navigation to files).
 */
export function useWindowCsvDrop(): void {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      // Never let the browser open the file in place of the app.
      const handled = event.defaultPrevented
      event.preventDefault()
      if (handled) return
      const file = event.dataTransfer?.files[0]
      if (!file) return
      const info = (message: string) =>
        notifications.show({
          message,
          autoClose: 8000,
          withBorder: true,
          closeButtonProps: { 'aria-label': t('common.close') },
        })
      if (!isCsvFile(file)) {
        info(t('desktop.dropOnlyCsv', { name: file.name }))
        return
      }
      if (pathname === addressImportPath) {
        // The page is already open (its own drop zone takes the file); it reads a handed-over file
        // only when it opens, so say where to drop instead.
        info(t('desktop.dropOnImportPage'))
        return
      }
      setPendingImportFile(file)
      void navigate(addressImportPath)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [navigate, pathname, t])
}
