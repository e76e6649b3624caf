import { Route, Routes } from 'react-router'
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { NotFoundPage } from '../features/not-found/NotFoundPage'
import { NewProgrammePage } from '../features/programme/NewProgrammePage'
import { SettingsPage } from '../features/settings/SettingsPage'

/** The pages inside the app shell. Paths are Dutch, like the menu. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="straten" element={<ComingSoonPage area="streets" />} />
      <Route path="sessies" element={<ComingSoonPage area="sessions" />} />
      <Route path="ideeen" element={<ComingSoonPage area="ideas" />} />
      <Route path="partners" element={<ComingSoonPage area="partners" />} />
      <Route path="rapporten" element={<ComingSoonPage area="reports" />} />
      <Route path="instellingen" element={<SettingsPage />} />
      <Route path="programma/nieuw" element={<NewProgrammePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
