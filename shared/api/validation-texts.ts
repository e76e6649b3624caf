import { MIN_PASSPHRASE_LENGTH } from '../domain/passphrase-strength'
import { type SignalConsentRule, signalConsentRuleTexts } from '../model/signal'
import { type Language } from '../model/vocabulary'

/** The kinds of value a field can expect or be given, in words. */
export type ValueKind = 'text' | 'number' | 'wholeNumber' | 'yesNo' | 'list' | 'group' | 'nothing' | 'other'

/** Forms a text field can require, each with its own explanation. */
export type FormatKind =
  | 'date'
  | 'time'
  | 'moment'
  | 'postcode'
  | 'phone'
  | 'colour'
  | 'addition'
  | 'themeCode'
  | 'backupId'
  | 'reference'
  | 'other'

/** Rules between fields (zod refinements carry the rule's name in `params.rule`). */
export type RuleKind =
  | 'endBeforeStart'
  | 'endTimeNotAfterStart'
  | 'rangeTooWide'
  | 'phoneNeedsConsent'
  | 'mergeIntoItself'
  | 'reportNeedsPartner'
  | 'reportNeedsIdea'
  | 'reportNeedsSession'
  | 'walkListNeedsSubject'
  | 'eraseNeedsAddressOrName'
  | 'logoImage'
  | 'serverAddress'
  | 'serverNeedsHttps'
  | 'serverAddressCredentials'
  | 'databaseName'
  | 'identifiersNeedAgreement'
  | 'passphraseTooShort'
  | 'passphraseWeak'
  | 'roleNeedsIdea'
  | 'nameNeedsConsent'
  | 'connectionNeedsSomeone'
  | 'signalNeedsStreet'
  | SignalConsentRule

/** The sentences of the validation layer in one language. `f` is the field's label. */
export interface ValidationTexts {
  kinds: Record<ValueKind, string>
  missing: (f: string) => string
  wrongType: (f: string, expected: string, given: string) => string
  empty: (f: string) => string
  tooShort: (f: string, min: number) => string
  tooLong: (f: string, max: number, length: number | undefined) => string
  fileTooLarge: (f: string, megabytes: number) => string
  tooFew: (f: string, min: number) => string
  tooMany: (f: string, max: number) => string
  between: (f: string, min: number, max: number) => string
  atLeast: (f: string, min: number) => string
  atMost: (f: string, max: number) => string
  unknownValue: (f: string, shown: string | undefined) => string
  unknownFields: (f: string, keys: string) => string
  badDate: (f: string) => string
  noSuchDate: (f: string, value: string | undefined) => string
  format: Record<FormatKind, (f: string) => string>
  rules: Record<RuleKind, (f: string) => string>
  other: (f: string) => string
  moreProblems: (count: number) => string
}

/** The sentences of a signal's consent rules, from their one definition in the model. */
function signalConsentRules(language: Language): Record<SignalConsentRule, (f: string) => string> {
  const entries = Object.entries(signalConsentRuleTexts).map(([rule, text]) => [
    rule,
    (f: string) => `${f}: ${text[language]}.`,
  ])
  return Object.fromEntries(entries) as Record<SignalConsentRule, (f: string) => string>
}

const nl: ValidationTexts = {
  kinds: {
    text: 'tekst',
    number: 'een getal',
    wholeNumber: 'een heel getal',
    yesNo: 'ja of nee',
    list: 'een lijst',
    group: 'een groep velden',
    nothing: 'leeg',
    other: 'iets anders',
  },
  missing: (f) => `${f} ontbreekt; vul het in.`,
  wrongType: (f, expected, given) => `${f} moet ${expected} zijn, maar er is ${given} gegeven.`,
  empty: (f) => `${f} is leeg; vul het in.`,
  tooShort: (f, min) => `${f} is te kort: gebruik minstens ${min} tekens.`,
  tooLong: (f, max, length) =>
    `${f} is te lang: hoogstens ${max} tekens${length === undefined ? '' : `, nu ${length}`}.`,
  fileTooLarge: (f, megabytes) => `${f} is te groot: hoogstens ${megabytes} MB.`,
  tooFew: (f, min) => `${f}: kies er minstens ${min}.`,
  tooMany: (f, max) => `${f}: kies er hoogstens ${max}.`,
  between: (f, min, max) => `${f} moet tussen ${min} en ${max} liggen.`,
  atLeast: (f, min) => `${f} moet ${min} of meer zijn.`,
  atMost: (f, max) => `${f} mag hoogstens ${max} zijn.`,
  unknownValue: (f, shown) =>
    shown === undefined
      ? `${f} heeft een waarde die de app niet kent.`
      : `${f}: "${shown}" is geen bekende keuze.`,
  unknownFields: (f, keys) => `${f} bevat een veld dat de app hier niet kent: ${keys}.`,
  badDate: (f) => `${f} is geen geldige datum; schrijf een datum als 2026-03-01.`,
  noSuchDate: (f, value) => `${f}: ${value === undefined ? 'die datum' : value} bestaat niet in de kalender.`,
  format: {
    date: (f) => `${f} is geen geldige datum; schrijf een datum als 2026-03-01.`,
    time: (f) => `${f} is geen geldige tijd; schrijf een tijd als 19:30.`,
    moment: (f) => `${f} is geen geldig tijdstip.`,
    postcode: (f) => `${f} is geen geldige postcode; schrijf een postcode als 8096 AB.`,
    phone: (f) => `${f} is geen telefoonnummer; gebruik alleen cijfers, spaties, +, - en haakjes.`,
    colour: (f) => `${f} moet een kleur zijn zoals #1b6b5f.`,
    addition: (f) => `${f} mag alleen letters en cijfers bevatten, zoals a of 2.`,
    themeCode: (f) => `${f} mag alleen kleine letters, cijfers en streepjes bevatten.`,
    backupId: (f) => `${f} is geen bekende back-up; kies er een uit de lijst.`,
    reference: (f) => `${f} is onbekend: de verwijzing is ongeldig.`,
    other: (f) => `${f} heeft niet de juiste vorm.`,
  },
  rules: {
    endBeforeStart: (f) => `${f}: deze datum ligt vóór de begindatum.`,
    endTimeNotAfterStart: (f) => `${f} moet na de begintijd liggen.`,
    rangeTooWide: (f) => `${f}: een reeks mag hoogstens 2000 huisnummers beslaan.`,
    phoneNeedsConsent: (f) => `${f}: bewaar een telefoonnummer alleen met toestemming van de bewoner.`,
    mergeIntoItself: (f) => `${f}: een idee kan niet met zichzelf worden samengevoegd.`,
    reportNeedsPartner: (f) => `${f}: kies de partner voor de partnerrapportage.`,
    reportNeedsIdea: (f) => `${f}: kies het idee voor de ideeënkaart.`,
    reportNeedsSession: (f) => `${f}: kies de sessie voor het sessieverslag.`,
    walkListNeedsSubject: (f) => `${f}: kies een straat of een sessie voor de looplijst.`,
    eraseNeedsAddressOrName: (f) => `${f}: kies een adres of vul een naam in.`,
    serverAddress: (f) => `${f} is geen geldig webadres (bijvoorbeeld https://couch.gemeente.nl).`,
    serverNeedsHttps: (f) => `${f} moet met https:// beginnen; http kan alleen voor een server op deze computer.`,
    serverAddressCredentials: (f) => `${f}: zet de gebruikersnaam en het wachtwoord niet in het adres.`,
    databaseName: (f) =>
      `${f}: alleen kleine letters, cijfers en - of _, beginnend met een letter (bijvoorbeeld oldebroek-voor-mekaar).`,
    identifiersNeedAgreement: (f) =>
      `${f}: noem de verwerkersovereenkomst van je organisatie waaronder namen, telefoonnummers en notities gedeeld mogen worden.`,
    logoImage: (f) =>
      `${f}: kies een PNG- of JPEG-afbeelding; dit bestand is dat niet, of het is beschadigd.`,
    passphraseTooShort: (f) => `${f}: kies minstens ${MIN_PASSPHRASE_LENGTH} tekens.`,
    passphraseWeak: (f) => `${f} is te makkelijk te raden; kies bijvoorbeeld vier losse woorden.`,
    roleNeedsIdea: (f) => `${f}: kies het idee waarop de bewoner deze rol heeft.`,
    nameNeedsConsent: (f) => `${f}: bewaar een naam alleen met toestemming van de bewoner.`,
    connectionNeedsSomeone: (f) => `${f}: kies minstens één bewoner of adres.`,
    signalNeedsStreet: (f) => `${f}: kies de straat (of, met toestemming, het adres).`,
    ...signalConsentRules('nl'),
  },
  other: (f) => `${f} is niet goed ingevuld.`,
  moreProblems: (count) =>
    count === 1 ? ' (En nog 1 ander probleem.)' : ` (En nog ${count} andere problemen.)`,
}

const en: ValidationTexts = {
  kinds: {
    text: 'text',
    number: 'a number',
    wholeNumber: 'a whole number',
    yesNo: 'yes or no',
    list: 'a list',
    group: 'a group of fields',
    nothing: 'empty',
    other: 'something else',
  },
  missing: (f) => `${f} is missing; please fill it in.`,
  wrongType: (f, expected, given) => `${f} must be ${expected}, but ${given} was given.`,
  empty: (f) => `${f} is empty; please fill it in.`,
  tooShort: (f, min) => `${f} is too short: use at least ${min} characters.`,
  tooLong: (f, max, length) =>
    `${f} is too long: at most ${max} characters${length === undefined ? '' : `, now ${length}`}.`,
  fileTooLarge: (f, megabytes) => `${f} is too large: at most ${megabytes} MB.`,
  tooFew: (f, min) => `${f}: choose at least ${min}.`,
  tooMany: (f, max) => `${f}: choose at most ${max}.`,
  between: (f, min, max) => `${f} must be between ${min} and ${max}.`,
  atLeast: (f, min) => `${f} must be ${min} or more.`,
  atMost: (f, max) => `${f} must be at most ${max}.`,
  unknownValue: (f, shown) =>
    shown === undefined
      ? `${f} has a value the app does not know.`
      : `${f}: "${shown}" is not one of the choices.`,
  unknownFields: (f, keys) => `${f} contains a field the app does not know here: ${keys}.`,
  badDate: (f) => `${f} is not a valid date; write a date like 2026-03-01.`,
  noSuchDate: (f, value) =>
    `${f}: ${value === undefined ? 'that date' : value} does not exist in the calendar.`,
  format: {
    date: (f) => `${f} is not a valid date; write a date like 2026-03-01.`,
    time: (f) => `${f} is not a valid time; write a time like 19:30.`,
    moment: (f) => `${f} is not a valid moment in time.`,
    postcode: (f) => `${f} is not a valid postcode; write a postcode like 8096 AB.`,
    phone: (f) => `${f} is not a phone number; use only digits, spaces, +, - and brackets.`,
    colour: (f) => `${f} must be a colour like #1b6b5f.`,
    addition: (f) => `${f} may only contain letters and digits, like a or 2.`,
    themeCode: (f) => `${f} may only contain lower-case letters, digits and hyphens.`,
    backupId: (f) => `${f} is not a known backup; choose one from the list.`,
    reference: (f) => `${f} is unknown: the reference is not valid.`,
    other: (f) => `${f} does not have the right form.`,
  },
  rules: {
    endBeforeStart: (f) => `${f}: this date is before the start date.`,
    endTimeNotAfterStart: (f) => `${f} must be after the start time.`,
    rangeTooWide: (f) => `${f}: a range may span at most 2000 house numbers.`,
    phoneNeedsConsent: (f) => `${f}: keep a phone number only with the resident's consent.`,
    mergeIntoItself: (f) => `${f}: an idea cannot be merged into itself.`,
    reportNeedsPartner: (f) => `${f}: choose the partner for the partner report.`,
    reportNeedsIdea: (f) => `${f}: choose the idea for the idea card.`,
    reportNeedsSession: (f) => `${f}: choose the session for the session report.`,
    walkListNeedsSubject: (f) => `${f}: choose a street or a session for the walk list.`,
    eraseNeedsAddressOrName: (f) => `${f}: choose an address or fill in a name.`,
    serverAddress: (f) => `${f} is not a valid web address (for example https://couch.example.org).`,
    serverNeedsHttps: (f) => `${f} must start with https://; http only works for a server on this computer.`,
    serverAddressCredentials: (f) => `${f}: do not put the user name and password in the address.`,
    databaseName: (f) =>
      `${f}: only lower-case letters, digits and - or _, starting with a letter (for example oldebroek-voor-mekaar).`,
    identifiersNeedAgreement: (f) =>
      `${f}: name your organisation's processing agreement under which names, phone numbers and notes may be shared.`,
    logoImage: (f) => `${f}: choose a PNG or JPEG image; this file is not one, or it is damaged.`,
    passphraseTooShort: (f) => `${f}: choose at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    passphraseWeak: (f) => `${f} is too easy to guess; try four unrelated words, for example.`,
    roleNeedsIdea: (f) => `${f}: choose the idea on which the resident has this role.`,
    nameNeedsConsent: (f) => `${f}: keep a name only with the resident's consent.`,
    connectionNeedsSomeone: (f) => `${f}: choose at least one resident or address.`,
    signalNeedsStreet: (f) => `${f}: choose the street (or, with consent, the address).`,
    ...signalConsentRules('en'),
  },
  other: (f) => `${f} is not filled in correctly.`,
  moreProblems: (count) => (count === 1 ? ' (And 1 more problem.)' : ` (And ${count} more problems.)`),
}

/** The validation sentences in `language`. */
export function validationTexts(language: Language): ValidationTexts {
  return language === 'en' ? en : nl
}
