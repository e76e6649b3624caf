import { Route, Routes } from 'react-router'
import { EditSessionPage } from './EditSessionPage'
import { NewSessionPage } from './NewSessionPage'
import { PrintReportPage } from './PrintReportPage'
import { SessionPage } from './SessionPage'
import { SessionsPage } from './SessionsPage'

/** The pages under /sessies: calendar, new session, a session, its form and its printable verslag. */
export function SessionsRoutes() {
  return (
    <Routes>
      <Route index element={<SessionsPage />} />
      <Route path="nieuw" element={<NewSessionPage />} />
      <Route path=":sessionId" element={<SessionPage />} />
      <Route path=":sessionId/bewerken" element={<EditSessionPage />} />
      <Route path=":sessionId/verslag-afdrukken" element={<PrintReportPage />} />
    </Routes>
  )
}
