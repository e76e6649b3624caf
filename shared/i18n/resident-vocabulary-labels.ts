import {
  type ConnectionKind,
  type ConsentChannel,
  type Language,
  type ResidentRole,
  type SignalCategory,
  type SignalConsent,
  type SignalRoute,
  type SignalStatus,
} from '../model'

/** The words for the "bewoners aan zet" vocabulary codes (see shared/model/resident-vocabulary.ts). */
export type ResidentVocabularyLabels = {
  residentRole: Record<ResidentRole, string>
  connectionKind: Record<ConnectionKind, string>
  signalCategory: Record<SignalCategory, string>
  signalConsent: Record<SignalConsent, string>
  consentChannel: Record<ConsentChannel, string>
  signalRoute: Record<SignalRoute, string>
  signalStatus: Record<SignalStatus, string>
}

const nl: ResidentVocabularyLabels = {
  residentRole: {
    initiatiefnemer: 'Initiatiefnemer',
    trekker: 'Trekker',
    meedenker: 'Meedenker',
    helper: 'Helper',
    buurtcontact: 'Buurtcontact',
  },
  connectionKind: {
    burenhulp: 'Burenhulp',
    'samen-initiatief': 'Samen een initiatief',
    'gedeelde-zorg': 'Gedeelde zorg',
    anders: 'Anders',
  },
  signalCategory: {
    eenzaamheid: 'Eenzaamheid',
    geldzorgen: 'Geldzorgen',
    'zorg-mantelzorg': 'Zorg of mantelzorg',
    opvoeding: 'Opvoeding',
    wonen: 'Wonen',
    veiligheid: 'Veiligheid',
    anders: 'Anders',
  },
  signalConsent: {
    geen: 'Geen toestemming (alleen tellen)',
    vastleggen: 'Toestemming om vast te leggen',
    doorgeven: 'Toestemming om vast te leggen en door te geven',
  },
  consentChannel: {
    mondeling: 'Mondeling',
    telefonisch: 'Telefonisch',
    schriftelijk: 'Schriftelijk',
    anders: 'Anders',
  },
  signalRoute: {
    buren: 'Opgepakt door buren of een initiatief',
    'warme-overdracht': 'Warme overdracht aan een partner',
    'eigen-netwerk': 'Eigen netwerk van de bewoner',
  },
  signalStatus: {
    open: 'Open',
    overgedragen: 'Overgedragen',
    opgepakt: 'Opgepakt',
    afgerond: 'Afgerond',
    'geen-behoefte': 'Geen behoefte meer',
  },
}

const en: ResidentVocabularyLabels = {
  residentRole: {
    initiatiefnemer: 'Initiator',
    trekker: 'Lead',
    meedenker: 'Thinking partner',
    helper: 'Helper',
    buurtcontact: 'Neighbourhood contact',
  },
  connectionKind: {
    burenhulp: 'Help between neighbours',
    'samen-initiatief': 'A joint initiative',
    'gedeelde-zorg': 'Shared care',
    anders: 'Other',
  },
  signalCategory: {
    eenzaamheid: 'Loneliness',
    geldzorgen: 'Money worries',
    'zorg-mantelzorg': 'Care or caring for someone',
    opvoeding: 'Parenting',
    wonen: 'Housing',
    veiligheid: 'Safety',
    anders: 'Other',
  },
  signalConsent: {
    geen: 'No consent (count only)',
    vastleggen: 'Consent to record',
    doorgeven: 'Consent to record and pass on',
  },
  consentChannel: {
    mondeling: 'In person',
    telefonisch: 'By phone',
    schriftelijk: 'In writing',
    anders: 'Other',
  },
  signalRoute: {
    buren: 'Picked up by neighbours or an initiative',
    'warme-overdracht': 'Warm handover to a partner',
    'eigen-netwerk': "The resident's own network",
  },
  signalStatus: {
    open: 'Open',
    overgedragen: 'Handed over',
    opgepakt: 'Picked up',
    afgerond: 'Completed',
    'geen-behoefte': 'No longer needed',
  },
}

/** Labels of the "bewoners aan zet" codes per language; merged into `vocabularyLabels`. */
export const residentVocabularyLabels: Readonly<Record<Language, ResidentVocabularyLabels>> = { nl, en }
