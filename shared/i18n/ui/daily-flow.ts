import { defineUiTexts } from '../define-ui-texts'

/** Texts of the coach's daily flow: ideas at the door, door-round scopes, the partner loop. */
export const dailyFlowTexts = defineUiTexts(
  {
    flow: {
      door: {
        scopeLabel: 'Welke deuren',
        scopes: {
          alle: 'Alle deuren',
          'nog-niet-bereikt': 'Nog niet bereikt',
          terugkomen: 'Niet thuis of later terugkomen',
        },
        scopeEmptyTitle: 'Geen deuren in deze ronde',
        scopeEmptyText:
          'Er zijn geen adressen die hierbij passen. Kies "Alle deuren" om de hele straat te lopen.',
        idea: 'Idee',
        ideaKey: 'idee noteren na een gesprek',
        ideaTitle: 'Idee van {{address}}',
        ideaFor: 'Bij {{place}}',
        ideaSaved: 'Idee genoteerd bij {{address}}. Verder met de ronde.',
      },
      starterPartners: {
        legend: 'Vaste partners',
        hint: 'Met wie werk je meestal samen? Aangevinkte partners staan meteen klaar om ideeën bij in te brengen. Namen en contactpersonen pas je later aan onder Partners.',
        kinds: {
          gemeente: 'Gemeente',
          'sociaal-team': 'Sociaal team',
          cjg: 'CJG',
          woningcorporatie: 'Woningcorporatie',
          welzijn: 'Welzijn',
          politie: 'Politie',
          'dorpsgericht-werken': 'Dorps- of wijkgericht werken',
        },
      },
      partner: {
        addNew: 'Nieuwe partner toevoegen',
        name: 'Naam van de partner',
        kind: 'Soort partner',
        add: 'Toevoegen en kiezen',
        nameRequired: 'Naam van de partner: vul een naam in.',
        noPartnersYet: 'Er zijn nog geen partners. Voeg hieronder de partner toe.',
        bringTo: 'Bij een partner inbrengen',
        undone: '„{{title}}” staat weer zoals het was.',
        answerTitle: 'Antwoord van {{partner}}',
        answerDate: 'Datum van het antwoord',
        answerDateHint: 'Vandaag, of de dag waarop de partner antwoordde.',
        answerText: 'Wat antwoordde de partner?',
        answerPlaceholder:
          'Bijvoorbeeld: ze plaatsen het bankje in het voorjaar, eerst overleg met de buren.',
        answerHint: 'Geen namen of telefoonnummers van bewoners; rapporten laten die weg.',
        answerSave: 'Antwoord vastleggen',
        answerSaid: 'Antwoord: {{answer}}',
      },
      import: {
        badRows_one: '{{number}} rij heeft een fout. Die sla je over, of je verbetert eerst het bestand.',
        badRows_other:
          '{{number}} rijen hebben een fout. Die sla je over, of je verbetert eerst het bestand.',
        importGood_one: '{{number}} goede rij importeren ({{skipped}} overslaan)',
        importGood_other: '{{number}} goede rijen importeren ({{skipped}} overslaan)',
        allOrNothing: 'Alles of niets: eerst het bestand verbeteren',
        allOrNothingChosen:
          'Er is niets geïmporteerd. Verbeter de rijen met een fout in het bestand en kies het daarna opnieuw. Of importeer toch de goede rijen.',
      },
      quickAdd: {
        place: 'Wordt opgeslagen bij: {{place}}',
      },
    },
  },
  {
    flow: {
      door: {
        scopeLabel: 'Which doors',
        scopes: {
          alle: 'All doors',
          'nog-niet-bereikt': 'Not reached yet',
          terugkomen: 'Not at home or come back later',
        },
        scopeEmptyTitle: 'No doors in this round',
        scopeEmptyText: 'No addresses match. Choose "All doors" to walk the whole street.',
        idea: 'Idea',
        ideaKey: 'note an idea after a conversation',
        ideaTitle: 'Idea from {{address}}',
        ideaFor: 'At {{place}}',
        ideaSaved: 'Idea noted at {{address}}. On with the round.',
      },
      starterPartners: {
        legend: 'Usual partners',
        hint: 'Who do you usually work with? Ticked partners are ready at once to bring ideas to. Change names and contacts later under Partners.',
        kinds: {
          gemeente: 'Municipality',
          'sociaal-team': 'Social team',
          cjg: 'Youth and family centre (CJG)',
          woningcorporatie: 'Housing association',
          welzijn: 'Welfare organisation',
          politie: 'Police',
          'dorpsgericht-werken': 'Village or neighbourhood work',
        },
      },
      partner: {
        addNew: 'Add a new partner',
        name: 'Partner name',
        kind: 'Kind of partner',
        add: 'Add and choose',
        nameRequired: 'Partner name: fill in a name.',
        noPartnersYet: 'There are no partners yet. Add the partner below.',
        bringTo: 'Bring to a partner',
        undone: '“{{title}}” is back as it was.',
        answerTitle: 'Answer from {{partner}}',
        answerDate: 'Date of the answer',
        answerDateHint: 'Today, or the day the partner answered.',
        answerText: 'What did the partner answer?',
        answerPlaceholder:
          'For example: they will place the bench in spring, after talking to the neighbours.',
        answerHint: 'No names or phone numbers of residents; reports leave them out.',
        answerSave: 'Record answer',
        answerSaid: 'Answer: {{answer}}',
      },
      import: {
        badRows_one: '{{number}} row has an error. Skip it, or correct the file first.',
        badRows_other: '{{number}} rows have an error. Skip them, or correct the file first.',
        importGood_one: 'Import {{number}} good row (skip {{skipped}})',
        importGood_other: 'Import {{number}} good rows (skip {{skipped}})',
        allOrNothing: 'All or nothing: correct the file first',
        allOrNothingChosen:
          'Nothing was imported. Correct the rows with an error in the file and choose it again. Or import the good rows anyway.',
      },
      quickAdd: {
        place: 'Saved with: {{place}}',
      },
    },
  },
)
