import { Route, Routes } from 'react-router'
import { AddressImportPage } from './address-import/AddressImportPage'
import { DoorModePage } from './door-mode/DoorModePage'
import { StreetDetailPage } from './street-detail/StreetDetailPage'
import { StreetsPage } from './StreetsPage'
import { WalkListPage } from './walk-list/WalkListPage'

/** The Straten pages under `/straten`: overview, import, street, door mode and walk lists. */
export function StreetsRoutes() {
  return (
    <Routes>
      <Route index element={<StreetsPage />} />
      <Route path="importeren" element={<AddressImportPage />} />
      <Route path="looplijst" element={<WalkListPage />} />
      <Route path=":streetId" element={<StreetDetailPage />} />
      <Route path=":streetId/ronde" element={<DoorModePage />} />
      <Route path=":streetId/looplijst" element={<WalkListPage />} />
    </Routes>
  )
}
