import { type PartnerKind } from '../model'
import { type DemoTeamKey } from './demo-texts'

/** Sessions an action can follow from. */
export type DemoActionSession = 'residentsEvening' | 'ideaMarket' | 'round2' | 'feedback' | 'followUp'

/** One follow-up (vervolgstap) of the reference case. */
export interface DemoActionText {
  title: string
  notes: string
  owner: { team: DemoTeamKey } | { partner: PartnerKind }
  /** The idea (index in demoIdeaTexts) or session the action follows from. */
  link: { idea: number } | { session: DemoActionSession }
  /** Due date: days after the programme start, days after today (negative: before), or days after the linked session. */
  due: { afterStart: number } | { afterToday: number } | { afterSession: number }
  done: boolean
}

/** Ten follow-ups: four done, two overdue, four still open and due later. */
export const demoActionTexts: readonly DemoActionText[] = [
  {
    title: 'Offerte voor een bank bij het speelveld opvragen',
    notes: 'Twee modellen voorleggen aan de bewoners.',
    owner: { partner: 'gemeente' },
    link: { idea: 0 },
    due: { afterStart: 110 },
    done: true,
  },
  {
    title: 'Verslag van de bewonersavond rondsturen aan de partners',
    notes: 'Zonder namen van bewoners.',
    owner: { team: 'coach' },
    link: { session: 'residentsEvening' },
    due: { afterSession: 7 },
    done: true,
  },
  {
    title: 'Met de wijkagent afspreken over snelheidscontroles',
    notes: 'Bewoners willen graag zelf meekijken bij een controle.',
    owner: { partner: 'politie' },
    link: { idea: 11 },
    due: { afterToday: -9 },
    done: false,
  },
  {
    title: 'Flyers voor de ideeënmarkt verspreiden',
    notes: 'Bij alle adressen, behalve waar niemand meer benaderd wil worden.',
    owner: { team: 'vrijwilliger' },
    link: { session: 'ideaMarket' },
    due: { afterSession: -3 },
    done: true,
  },
  {
    title: 'Terugkoppelavond voorbereiden: per idee laten zien wat er is gebeurd',
    notes: 'Ook de ideeën die niet doorgaan, met de reden.',
    owner: { team: 'coach' },
    link: { session: 'feedback' },
    due: { afterSession: -3 },
    done: false,
  },
  {
    title: 'Vrijwilligers voor de boodschappenhulp koppelen aan bewoners',
    notes: 'Het sociaal team weet wie hulp kan gebruiken.',
    owner: { partner: 'sociaal-team' },
    link: { idea: 2 },
    due: { afterStart: 120 },
    done: true,
  },
  {
    title: 'Afspraak met de woonstichting over het veldje voor de moestuin',
    notes: 'Wie betaalt de waterleiding en het hek?',
    owner: { partner: 'woningcorporatie' },
    link: { idea: 4 },
    due: { afterToday: -4 },
    done: false,
  },
  {
    title: 'Aanvraag bewonersinitiatief indienen voor de speelplek',
    notes: 'Samen met twee ouders uit de straat.',
    owner: { team: 'coach' },
    link: { idea: 6 },
    due: { afterToday: 12 },
    done: false,
  },
  {
    title: 'Bewoners nabellen die vroegen om later terug te komen',
    notes: 'Alleen wie toestemming gaf om gebeld te worden.',
    owner: { team: 'buurtwerker' },
    link: { session: 'round2' },
    due: { afterToday: 5 },
    done: false,
  },
  {
    title: 'Agenda voor het partneroverleg opstellen',
    notes: 'Per partner de openstaande ideeën en hoe lang ze al wachten.',
    owner: { team: 'coach' },
    link: { session: 'followUp' },
    due: { afterSession: -5 },
    done: false,
  },
]
