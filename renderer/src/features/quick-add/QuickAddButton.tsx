import { Button } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { QuickAddDialog } from '../../app/lazy-screens'
import classes from './QuickAdd.module.css'
import { type QuickAddPlace, useCurrentQuickAddPlace } from './quick-add-place'

/**
 * The header's "Snel idee" button, also opened from anywhere with Ctrl+I (Cmd+I on a Mac). The dialog
 * belongs to the page it was opened on, so following a link to a new idea closes it. On a street page,
 * in door mode or on a session page the idea gets that street, address or session. The dialog's code
 * loads with the other screens (in idle time, or on the first open) and stays mounted after that, so
 * it opens and closes as a normal dialog.
 */
export function QuickAddButton() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const [openOn, setOpenOn] = useState<string | undefined>()
  const pagePlace = useCurrentQuickAddPlace()
  // The place is taken when the dialog opens, so a door round moving on does not change it.
  const [place, setPlace] = useState<QuickAddPlace | undefined>()
  const pathRef = useRef(pathname)
  const placeRef = useRef(pagePlace)
  useEffect(() => {
    pathRef.current = pathname
    placeRef.current = pagePlace
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
        setPlace(placeRef.current)
        setOpenOn(pathRef.current)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const opened = openOn === pathname
  const [everOpened, setEverOpened] = useState(false)
  if (opened && !everOpened) setEverOpened(true)
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconBulb size={16} aria-hidden />}
        onClick={() => {
          setPlace(pagePlace)
          setOpenOn(pathname)
        }}
        aria-keyshortcuts="Control+I Meta+I"
      >
        {t('ideas.quickAdd.button')}
        <kbd className={classes.kbd} aria-hidden>
          {t('ideas.quickAdd.shortcut')}
        </kbd>
      </Button>
      {everOpened && (
        <Suspense fallback={null}>
          <QuickAddDialog.Component
            opened={opened}
            onClose={() => setOpenOn(undefined)}
            {...(place ? { place } : {})}
          />
        </Suspense>
      )}
    </>
  )
}
