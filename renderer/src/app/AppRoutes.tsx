import { Suspense } from 'react'
import { Route, Routes } from 'react-router'
import { QuietLoading } from '../components/QuietLoading'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { NotFoundPage } from '../features/not-found/NotFoundPage'
import {
  IdeaPage,
  IdeasPage,
  NewProgrammePage,
  PartnersPage,
  PresentationPage,
  PrivacyPage,
  ReportsPage,
  ResidentsPage,
  SessionsRoutes,
  SettingsPage,
  StreetsRoutes,
} from './lazy-screens'
import { FocusPageHeading } from './use-focus-page-heading'

/**
 * The pages inside the app shell. Paths are Dutch, like the menu. The dashboard is part of the first
 * load; every other page loads its code on first use (or earlier, in idle time: see lazy-screens.ts).
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<QuietLoading />}>
      <FocusPageHeading />
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="straten/*" element={<StreetsRoutes.Component />} />
        <Route path="sessies/*" element={<SessionsRoutes.Component />} />
        <Route path="ideeen" element={<IdeasPage.Component />} />
        <Route path="ideeen/:ideaId" element={<IdeaPage.Component />} />
        <Route path="bewoners" element={<ResidentsPage.Component />} />
        <Route path="partners" element={<PartnersPage.Component />} />
        <Route path="rapporten" element={<ReportsPage.Component />} />
        <Route path="presenteren" element={<PresentationPage.Component />} />
        <Route path="instellingen" element={<SettingsPage.Component />} />
        <Route path="instellingen/privacy" element={<PrivacyPage.Component />} />
        <Route path="programma/nieuw" element={<NewProgrammePage.Component />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  )
}
