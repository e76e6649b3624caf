import { defineUiTexts } from '../define-ui-texts'

/** Texts for backups as files (.kcbackup): save one (encrypted), restore from one. */
export const backupFileTexts = defineUiTexts(
  {
    backupFile: {
      save: 'Back-up als bestand bewaren',
      saved:
        'Het versleutelde back-upbestand {{name}} is bewaard. Zet het op een veilige plek en bewaar het wachtwoord apart.',
      saveTitle: 'Back-up versleuteld bewaren',
      saveIntro:
        'Het bestand bevat alle gegevens van bewoners en wordt versleuteld met een wachtwoord dat je nu kiest. Zonder dat wachtwoord kan niemand het openen, ook jij niet: schrijf het op en bewaar het apart van het bestand (niet op dezelfde USB-stick).',
      passphrase: 'Wachtwoord',
      passphraseAgain: 'Wachtwoord nog een keer',
      showPassphrase: 'Wachtwoord tonen of verbergen',
      passphraseHint: 'Minstens 10 tekens. Vier losse woorden zijn sterk en goed te onthouden.',
      mismatch: 'De twee wachtwoorden zijn niet gelijk.',
      strengthLabel: 'Sterkte: {{strength}}',
      strength: {
        'te-kort': 'te kort',
        zwak: 'zwak, te makkelijk te raden',
        redelijk: 'redelijk',
        sterk: 'sterk',
      },
      saveConfirm: 'Versleuteld bewaren',
      saving: 'Het bestand wordt versleuteld…',
      open: 'Back-up uit bestand terugzetten',
      reading: 'Het bestand wordt gecontroleerd…',
      unlockTitle: 'Versleutelde back-up openen',
      unlockIntro:
        'Dit back-upbestand ({{name}}) is versleuteld. Vul het wachtwoord in dat bij het bewaren is gekozen.',
      unlockConfirm: 'Openen',
      confirmTitle: 'Deze back-up terugzetten?',
      madeOn: 'Gemaakt op {{date}} met versie {{version}} van de app.',
      programmes: 'Programma’s: {{names}}.',
      counts: '{{streets}} straten, {{addresses}} adressen, {{ideas}} ideeën, {{sessions}} sessies.',
      notEncrypted:
        'Dit back-upbestand is niet versleuteld (gemaakt met een oudere versie van de app): iedereen die het bestand heeft, kan de gegevens van bewoners lezen. Bewaar na het terugzetten een nieuwe, versleutelde back-up en verwijder dit bestand.',
      replaces:
        'Alle gegevens in de app worden vervangen door deze back-up. Wat er nu in staat, wordt eerst zelf als back-up bewaard.',
      confirm: 'Ja, terugzetten',
      restored: 'De back-up uit het bestand is teruggezet.',
      firstRunHint:
        'Heb je al een back-upbestand (.kcbackup), bijvoorbeeld van een andere computer? Zet het hier terug.',
      firstRunTitle: 'Verder met een back-up',
      firstRunAction: 'Back-up terugzetten',
    },
  },
  {
    backupFile: {
      save: 'Save backup as a file',
      saved:
        'The encrypted backup file {{name}} was saved. Keep it somewhere safe and keep the passphrase separately.',
      saveTitle: 'Save an encrypted backup',
      saveIntro:
        'The file holds all residents’ data and is encrypted with a passphrase you choose now. Without that passphrase nobody can open it, not even you: write it down and keep it apart from the file (not on the same USB stick).',
      passphrase: 'Passphrase',
      passphraseAgain: 'Passphrase again',
      showPassphrase: 'Show or hide the passphrase',
      passphraseHint: 'At least 10 characters. Four separate words are strong and easy to remember.',
      mismatch: 'The two passphrases are not the same.',
      strengthLabel: 'Strength: {{strength}}',
      strength: {
        'te-kort': 'too short',
        zwak: 'weak, too easy to guess',
        redelijk: 'fair',
        sterk: 'strong',
      },
      saveConfirm: 'Save encrypted',
      saving: 'Encrypting the file…',
      open: 'Restore backup from a file',
      reading: 'Checking the file…',
      unlockTitle: 'Open an encrypted backup',
      unlockIntro: 'This backup file ({{name}}) is encrypted. Enter the passphrase chosen when it was saved.',
      unlockConfirm: 'Open',
      confirmTitle: 'Restore this backup?',
      madeOn: 'Made on {{date}} with version {{version}} of the app.',
      programmes: 'Programmes: {{names}}.',
      counts: '{{streets}} streets, {{addresses}} addresses, {{ideas}} ideas, {{sessions}} sessions.',
      notEncrypted:
        'This backup file is not encrypted (made with an older version of the app): anyone who has the file can read the residents’ data. After restoring, save a new, encrypted backup and delete this file.',
      replaces:
        'All data in the app will be replaced by this backup. What is in it now is kept as a backup first.',
      confirm: 'Yes, restore',
      restored: 'The backup from the file was restored.',
      firstRunHint:
        'Already have a backup file (.kcbackup), for example from another computer? Restore it here.',
      firstRunTitle: 'Continue from a backup',
      firstRunAction: 'Restore backup',
    },
  },
)
