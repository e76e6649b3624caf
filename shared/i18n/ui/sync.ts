import { defineUiTexts } from '../define-ui-texts'

/** Texts for working as a team: Instellingen → Samenwerken and the indicator in the header. */
export const syncTexts = defineUiTexts(
  {
    sync: {
      heading: 'Samenwerken',
      intro:
        'Deel één programma met de andere coaches van je team via de CouchDB-server van je organisatie. Iedere laptop blijft gewoon werken zonder internet; wijzigingen gaan heen en weer zodra er verbinding is.',
      serverUrl: 'Serveradres',
      serverUrlHint:
        'Bijvoorbeeld https://couch.gemeente.nl (altijd https, behalve voor een server op deze computer).',
      database: 'Database van het programma',
      databaseHint: 'De beheerder maakt per programma één database aan, bijvoorbeeld oldebroek-voor-mekaar.',
      username: 'Jouw gebruikersnaam',
      password: 'Wachtwoord',
      passwordDesktop: 'Wordt versleuteld bewaard op deze laptop, nooit in het gegevensbestand.',
      passwordBrowser: 'In de browserversie vraagt de app het wachtwoord elke sessie opnieuw.',
      programme: 'Welk programma deel je?',
      programmeFromServer: 'Het programma dat het team al deelt (van de server)',
      shareIdentifiers: 'Ook namen, telefoonnummers en notities bij de deur delen',
      shareIdentifiersHint:
        'Standaard blijven gegevens waarmee je een bewoner herkent op deze laptop. Zet dit alleen aan als je organisatie er een verwerkersovereenkomst voor heeft.',
      agreement: 'Naam van de verwerkersovereenkomst',
      confirmTitle: 'Gegevens van bewoners delen?',
      confirmText:
        'Namen, telefoonnummers en notities bij de deur gaan dan naar de server van je organisatie en naar de laptops van je teamgenoten, onder de verwerkersovereenkomst “{{agreement}}”. Weet je zeker dat die dit toestaat?',
      confirmYes: 'Ja, delen onder deze overeenkomst',
      join: 'Samenwerken starten',
      save: 'Opslaan en opnieuw verbinden',
      leave: 'Stoppen met samenwerken',
      leaveTitle: 'Stoppen met samenwerken?',
      leaveText:
        'Deze laptop stopt met delen. Alle gegevens blijven op deze laptop staan; wat op de server staat, blijft daar voor je teamgenoten.',
      left: 'Je werkt nu weer alleen op deze laptop. Je gegevens zijn bewaard.',
      joined: 'Samenwerken is gestart.',
      passwordAgain: 'Vul je wachtwoord in om weer te synchroniseren',
      passwordSend: 'Verbinden',
      logHeading: 'Laatste synchronisaties',
      logNone: 'Nog niets gesynchroniseerd.',
      setAsideHeading: 'Niet overgenomen van de server',
      setAsideText: 'Deze gegevens van de server kloppen niet en zijn daarom niet in de app gezet:',
      conflictsHeading: 'Op twee laptops gewijzigd',
      conflictsText:
        'De app heeft voorlopig één versie gekozen. Kies per veld welke versie je wilt houden; de andere versie verdwijnt dan op alle laptops.',
      version: 'Versie {{n}}',
      versionApplied: 'Versie {{n}} (nu in gebruik)',
      removed: 'verwijderd',
      kept: 'bewaard',
      resolve: 'Deze keuze bewaren',
      status: {
        off: 'Alleen op deze laptop',
        starting: 'Verbinden…',
        synchronised: 'Gesynchroniseerd',
        waiting_one: '{{count}} wijziging wacht',
        waiting_other: '{{count}} wijzigingen wachten',
        offline: 'Offline',
        conflict: 'Conflict',
        needsPassword: 'Wachtwoord nodig',
        error: 'Synchronisatie gestopt',
      },
    },
  },
  {
    sync: {
      heading: 'Working as a team',
      intro:
        "Share one programme with the other coaches in your team through your organisation's CouchDB server. Every laptop keeps working without internet; changes travel as soon as there is a connection.",
      serverUrl: 'Server address',
      serverUrlHint:
        'For example https://couch.example.org (always https, except for a server on this computer).',
      database: "The programme's database",
      databaseHint:
        'The administrator creates one database per programme, for example oldebroek-voor-mekaar.',
      username: 'Your user name',
      password: 'Password',
      passwordDesktop: 'Kept encrypted on this laptop, never in the data file.',
      passwordBrowser: 'In the browser version the app asks for the password every session.',
      programme: 'Which programme do you share?',
      programmeFromServer: 'The programme the team already shares (from the server)',
      shareIdentifiers: 'Also share names, phone numbers and door notes',
      shareIdentifiersHint:
        'By default, anything that identifies a resident stays on this laptop. Only switch this on when your organisation has a processing agreement for it.',
      agreement: 'Name of the processing agreement',
      confirmTitle: "Share residents' data?",
      confirmText:
        "Names, phone numbers and door notes then go to your organisation's server and to your team mates' laptops, under the processing agreement “{{agreement}}”. Are you sure it allows this?",
      confirmYes: 'Yes, share under this agreement',
      join: 'Start working as a team',
      save: 'Save and reconnect',
      leave: 'Stop working as a team',
      leaveTitle: 'Stop working as a team?',
      leaveText:
        'This laptop stops sharing. All data stays on this laptop; what is on the server stays there for your team mates.',
      left: 'You now work on this laptop alone again. Your data is kept.',
      joined: 'Working as a team has started.',
      passwordAgain: 'Enter your password to synchronise again',
      passwordSend: 'Connect',
      logHeading: 'Last synchronisations',
      logNone: 'Nothing synchronised yet.',
      setAsideHeading: 'Not taken from the server',
      setAsideText: 'This data from the server is not valid and was therefore not put in the app:',
      conflictsHeading: 'Changed on two laptops',
      conflictsText:
        'The app has chosen one version for now. Choose per field which version to keep; the other version then disappears on every laptop.',
      version: 'Version {{n}}',
      versionApplied: 'Version {{n}} (in use now)',
      removed: 'removed',
      kept: 'kept',
      resolve: 'Keep this choice',
      status: {
        off: 'Only on this laptop',
        starting: 'Connecting…',
        synchronised: 'Synchronised',
        waiting_one: '{{count}} change waiting',
        waiting_other: '{{count}} changes waiting',
        offline: 'Offline',
        conflict: 'Conflict',
        needsPassword: 'Password needed',
        error: 'Synchronisation stopped',
      },
    },
  },
)
