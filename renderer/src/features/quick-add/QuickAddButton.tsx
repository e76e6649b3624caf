import { Button, Modal } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { QuickAddIdea } from '../../app/lazy-screens'
import { QuietLoading } from '../../components/QuietLoading'
import classes from './QuickAdd.module.css'

/**
 * The header's "Snel idee" button, also opened from anywhere with Ctrl+I (Cmd+I on a Mac). The dialog
 * belongs to the page it was opened on, so following a link to a new idea closes it.
 */
export function QuickAddButton() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const [openOn, setOpenOn] = useState<string | undefined>()
  const pathRef = useRef(pathname)
  useEffect(() => {
    pathRef.current = pathname
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'i'
      ) {
        event.preventDefault()
        setOpenOn(pathRef.current)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const opened = openOn === pathname
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconBulb size={16} aria-hidden />}
        onClick={() => setOpenOn(pathname)}
        aria-keyshortcuts="Control+I Meta+I"
      >
        {t('ideas.quickAdd.button')}
        <kbd className={classes.kbd} aria-hidden>
          {t('ideas.quickAdd.shortcut')}
        </kbd>
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpenOn(undefined)}
        title={t('ideas.quickAdd.dialogTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Suspense fallback={<QuietLoading minHeight={240} />}>
          <QuickAddIdea.Component autoFocus />
        </Suspense>
      </Modal>
    </>
  )
}
