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
        scopeEmptyText: 'Er zijn geen adressen die hierbij passen. Kies "Alle deuren" om de hele straat te lopen.',
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
      quickAdd: {
        place: 'Saved with: {{place}}',
      },
    },
  },
)
