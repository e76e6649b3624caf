import { IconArrowLeft } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type CsvImportResult, type CsvPreview } from '../../../../../shared/api/methods/streets'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { PageHeader } from '../../../components/PageHeader'
import { notifySuccess } from '../../../components/notifications'
import { takePendingImportFile } from '../pending-import-file'
import streetClasses from '../street-detail/StreetDetail.module.css'
import { streetsPath } from '../streets-paths'
import { FileChooser } from './FileChooser'
import { type ImportMode, ImportPreview } from './ImportPreview'
import { ImportResultCard } from './ImportResultCard'
import { readFileAsBase64 } from '../../../components/files'

interface Loaded {
  fileName: string
  base64: string
  preview: CsvPreview
}

/**
 * "Adressen importeren": choose a CSV (or drop it), see every row and every problem by line number,
 * then import (with bad rows: the good rows, skipping the bad ones, or nothing at all). The host imports in one write,
 * so an import is never half done.
 */
export function AddressImportPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined)
  const [refusal, setRefusal] = useState<string | undefined>(undefined)
  const [result, setResult] = useState<CsvImportResult | undefined>(undefined)
  const [reading, setReading] = useState(false)
  const preview = useApiMutation('address.previewCsv', { invalidate: false })
  const runImport = useApiMutation('address.importCsv', {
    onError: (error) => {
      if (error.code !== 'VALIDATION_FAILED') return false
      setRefusal(error.message)
      return true
    },
  })
  const { mutate: previewCsv } = preview

  const readFile = useCallback(
    async (file: File) => {
      setReading(true)
      setRefusal(undefined)
      setResult(undefined)
      try {
        const base64 = await readFileAsBase64(file)
        const outcome = await previewCsv({
          programmeId: active.id,
          fileName: file.name,
          base64,
          mode: 'all-or-nothing',
        })
        if (outcome.ok) setLoaded({ fileName: file.name, base64, preview: outcome.value })
      } finally {
        setReading(false)
      }
    },
    [active.id, previewCsv],
  )

  useEffect(() => {
    // A file dropped on the Straten page: read it once the page is on screen.
    const pending = takePendingImportFile()
    if (pending) void Promise.resolve(pending).then(readFile)
  }, [readFile])

  const startImport = async (mode: ImportMode) => {
    if (!loaded) return
    setRefusal(undefined)
    const outcome = await runImport.mutate({
      programmeId: active.id,
      fileName: loaded.fileName,
      base64: loaded.base64,
      mode,
    })
    if (!outcome.ok) return
    setResult(outcome.value)
    setLoaded(undefined)
    notifySuccess(t('streets.import.done', { count: outcome.value.imported }))
  }

  const reset = () => {
    setLoaded(undefined)
    setResult(undefined)
    setRefusal(undefined)
  }

  return (
    <>
      <Link to={streetsPath} className={streetClasses.backLink}>
        <IconArrowLeft size={16} aria-hidden />
        {t('streets.detail.back')}
      </Link>
      <PageHeader title={t('streets.import.title')} description={t('streets.import.description')} />
      {result ? (
        <ImportResultCard result={result} onAnother={reset} />
      ) : loaded ? (
        <ImportPreview
          fileName={loaded.fileName}
          preview={loaded.preview}
          onImport={(mode) => void startImport(mode)}
          onCancel={reset}
          importing={runImport.isPending}
          refusal={refusal}
        />
      ) : (
        <FileChooser onFile={(file) => void readFile(file)} busy={reading} />
      )}
    </>
  )
}
