import { defineUiTexts } from '../define-ui-texts'

/** Texts of the desktop shell's features inside the page: dropped files, saving, opening, PDF. */
export const desktopTexts = defineUiTexts(
  {
    desktop: {
      dropOnlyCsv:
        '{{name}} is geen CSV-bestand. Sleep een CSV-bestand met adressen in het venster om adressen te importeren.',
      dropOnImportPage:
        'Zet het bestand neer in het vak voor het CSV-bestand, of annuleer eerst de import die nu openstaat.',
      saved: 'Bewaard in {{path}}.',
      saveFailed: 'Niet bewaard',
      openFile: 'Openen in Word',
      openFailed: 'Openen lukte niet',
      reportSaved: 'Het rapport {{fileName}} is bewaard.',
      pdfFileName: '{{name}} presentatie {{date}}.pdf',
      pdfSaved: 'De PDF is bewaard in {{path}}.',
    },
  },
  {
    desktop: {
      dropOnlyCsv:
        '{{name}} is not a CSV file. Drop a CSV file with addresses on the window to import addresses.',
      dropOnImportPage:
        'Drop the file in the box for the CSV file, or first cancel the import that is open now.',
      saved: 'Saved in {{path}}.',
      saveFailed: 'Not saved',
      openFile: 'Open in Word',
      openFailed: 'Could not open',
      reportSaved: 'The report {{fileName}} was saved.',
      pdfFileName: '{{name}} presentation {{date}}.pdf',
      pdfSaved: 'The PDF was saved in {{path}}.',
    },
  },
)
