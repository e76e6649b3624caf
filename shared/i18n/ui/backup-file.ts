import { defineUiTexts } from '../define-ui-texts'

/** Texts for backups as files (.kcbackup): save one, restore from one. */
export const backupFileTexts = defineUiTexts(
  {
    backupFile: {
      save: 'Back-up als bestand bewaren',
      saved:
        'Het back-upbestand {{name}} is bewaard. Zet het op een veilige plek: het bevat gegevens van bewoners.',
      open: 'Back-up uit bestand terugzetten',
      reading: 'Het bestand wordt gecontroleerd…',
      confirmTitle: 'Deze back-up terugzetten?',
      madeOn: 'Gemaakt op {{date}} met versie {{version}} van de app.',
      programmes: 'Programma’s: {{names}}.',
      counts: '{{streets}} straten, {{addresses}} adressen, {{ideas}} ideeën, {{sessions}} bijeenkomsten.',
      replaces:
        'Alle gegevens in de app worden vervangen door deze back-up. Wat er nu in staat, wordt eerst zelf als back-up bewaard.',
      confirm: 'Ja, terugzetten',
      restored: 'De back-up uit het bestand is teruggezet.',
      firstRunHint:
        'Heb je al een back-upbestand (.kcbackup), bijvoorbeeld van een andere computer? Zet het hier terug.',
    },
  },
  {
    backupFile: {
      save: 'Save backup as a file',
      saved: 'The backup file {{name}} was saved. Keep it somewhere safe: it contains residents’ data.',
      open: 'Restore backup from a file',
      reading: 'Checking the file…',
      confirmTitle: 'Restore this backup?',
      madeOn: 'Made on {{date}} with version {{version}} of the app.',
      programmes: 'Programmes: {{names}}.',
      counts: '{{streets}} streets, {{addresses}} addresses, {{ideas}} ideas, {{sessions}} sessions.',
      replaces:
        'All data in the app will be replaced by this backup. What is in it now is kept as a backup first.',
      confirm: 'Yes, restore',
      restored: 'The backup from the file was restored.',
      firstRunHint:
        'Already have a backup file (.kcbackup), for example from another computer? Restore it here.',
    },
  },
)
