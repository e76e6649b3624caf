import { createAddressImportService } from './address-import-service'
import { createAddressService } from './address-service'
import { createActionService } from './action-service'
import { createAppService } from './app-service'
import { createAppStartService } from './app-start-service'
import { createIdeaExportService } from './idea-export-service'
import { createIdeaLifecycleService } from './idea-lifecycle-service'
import { createIdeaService } from './idea-service'
import { createPartnerService } from './partner-service'
import { createPrivacyService } from './privacy-service'
import { createRedactionService } from './redaction-service'
import { createSessionService } from './session-service'
import { createReportService } from './report-service'
import { createBackupService } from './backup-service'
import { createDemoService } from './demo-service'
import { createProgrammeService } from './programme-service'
import { createSettingsService } from './settings-service'
import { createStatsService } from './stats-service'
import { createContactService } from './contact-service'
import { createStreetService } from './street-service'
import { createSyncService } from './sync-service'
import { createConnectionService } from './connection-service'
import { createResidentService } from './resident-service'
import { createResidentsStatsService } from './residents-stats-service'
import { createSignalRetentionService } from './signal-retention-service'
import { createSignalService } from './signal-service'
import { type ServiceDeps, type ServiceHandlers } from './types'

/**
 * All services, one handler per contract method. The `satisfies` check makes a method that is in
 * the contract but has no handler (or the other way round) a type error.
 */
export function createServices(deps: ServiceDeps): ServiceHandlers {
  const parts = {
    ...createAppService(deps),
    ...createProgrammeService(deps),
    ...createDemoService(deps),
    ...createStatsService(deps),
    ...createSettingsService(deps),
    ...createBackupService(deps),
    ...createStreetService(deps),
    ...createAddressService(deps),
    ...createAddressImportService(deps),
    ...createContactService(deps),
    ...createIdeaService(deps),
    ...createIdeaLifecycleService(deps),
    ...createIdeaExportService(deps),
    ...createPartnerService(deps),
    ...createActionService(deps),
    ...createSessionService(deps),
    ...createReportService(deps),
    ...createPrivacyService(deps),
    ...createRedactionService(deps),
    ...createResidentService(deps),
    ...createConnectionService(deps),
    ...createSignalService(deps),
    ...createResidentsStatsService(deps),
    ...createSignalRetentionService(deps),
    ...createSyncService(deps),
  }
  const handlers = { ...parts, ...createAppStartService(parts) } satisfies ServiceHandlers
  return handlers
}
