import { Route, Routes } from 'react-router'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { IdeaPage } from '../features/ideas/IdeaPage'
import { IdeasPage } from '../features/ideas/IdeasPage'
import { NotFoundPage } from '../features/not-found/NotFoundPage'
import { PresentationPage } from '../features/presentation/PresentationPage'
import { PartnersPage } from '../features/partners/PartnersPage'
import { PrivacyPage } from '../features/privacy/PrivacyPage'
import { NewProgrammePage } from '../features/programme/NewProgrammePage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { ResidentsPage } from '../features/residents/ResidentsPage'
import { SessionsRoutes } from '../features/sessions/SessionsRoutes'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StreetsRoutes } from '../features/streets/StreetsRoutes'

/** The pages inside the app shell. Paths are Dutch, like the menu. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="straten/*" element={<StreetsRoutes />} />
      <Route path="sessies/*" element={<SessionsRoutes />} />
      <Route path="ideeen" element={<IdeasPage />} />
      <Route path="ideeen/:ideaId" element={<IdeaPage />} />
      <Route path="bewoners" element={<ResidentsPage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="rapporten" element={<ReportsPage />} />
      <Route path="presenteren" element={<PresentationPage />} />
      <Route path="instellingen" element={<SettingsPage />} />
      <Route path="instellingen/privacy" element={<PrivacyPage />} />
      <Route path="programma/nieuw" element={<NewProgrammePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
