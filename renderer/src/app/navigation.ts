import {
  type Icon,
  IconBulb,
  IconCalendarEvent,
  IconFileText,
  IconHeartHandshake,
  IconLayoutDashboard,
  IconRoad,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react'

/** One entry of the main menu. */
export interface NavigationItem {
  to: string
  labelKey:
    | 'nav.dashboard'
    | 'nav.streets'
    | 'nav.sessions'
    | 'nav.ideas'
    | 'nav.residents'
    | 'nav.partners'
    | 'nav.reports'
    | 'nav.settings'
  icon: Icon
}

/** The main menu, in the order a coach works: overview, field work, follow-up, reporting, settings. */
export const navigationItems: readonly NavigationItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/straten', labelKey: 'nav.streets', icon: IconRoad },
  { to: '/sessies', labelKey: 'nav.sessions', icon: IconCalendarEvent },
  { to: '/ideeen', labelKey: 'nav.ideas', icon: IconBulb },
  { to: '/bewoners', labelKey: 'nav.residents', icon: IconUsersGroup },
  { to: '/partners', labelKey: 'nav.partners', icon: IconHeartHandshake },
  { to: '/rapporten', labelKey: 'nav.reports', icon: IconFileText },
  { to: '/instellingen', labelKey: 'nav.settings', icon: IconSettings },
]
