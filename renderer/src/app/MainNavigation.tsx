import { NavLink as MantineNavLink, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NavLink, useLocation } from 'react-router'
import { navigationItems } from './navigation'

/** The sidebar menu; the current page is marked with aria-current="page". */
export function MainNavigation() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {navigationItems.map(({ to, labelKey, icon: Icon }) => {
        const active = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)
        return (
          <li key={to}>
            <MantineNavLink
              component={NavLink}
              to={to}
              end={to === '/'}
              label={t(labelKey)}
              leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
              active={active}
              variant="light"
              fw={active ? 600 : 500}
              styles={{
                root: { borderRadius: 'var(--mantine-radius-md)' },
                label: { fontSize: 'var(--mantine-font-size-md)' },
              }}
            />
          </li>
        )
      })}
    </Stack>
  )
}
