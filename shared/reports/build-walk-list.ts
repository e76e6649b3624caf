import { type Address, contactOutcomes, type Street } from '../model'
import { sortWalking } from '../domain/address-order'
import { latestContactByAddress } from '../domain/coverage'
import { formatHouseNumber } from '../domain/house-number'
import { heading, pageBreak, paragraph, table } from './report-blocks'
import { type ReportContext, ReportSubjectError } from './report-context'
import { frameReport } from './report-frame'
import { type ReportBlock, type ReportModel, type TableCell } from './report-model'

/** The streets of the walk: the chosen street, or the streets of the chosen session. */
function walkStreets(ctx: ReportContext): {
  streets: Street[]
  title: string
  date?: string
  sessionTeam?: string
} {
  const { request } = ctx
  if (request.streetId !== undefined) {
    const street = ctx.streetById.get(request.streetId)
    if (!street) throw new ReportSubjectError('Deze straat bestaat niet (meer).', 'streetId')
    return { streets: [street], title: ctx.text(street.name) }
  }
  const session = request.sessionId === undefined ? undefined : ctx.sessionById.get(request.sessionId)
  if (!session) throw new ReportSubjectError('Deze sessie bestaat niet (meer).', 'sessionId')
  const streets = session.streetIds
    .map((id) => ctx.streetById.get(id))
    .filter((street): street is Street => street !== undefined)
  if (streets.length === 0)
    throw new ReportSubjectError(
      'Bij deze sessie horen geen straten; kies een straat voor de looplijst.',
      'sessionId',
    )
  const team = session.teamMemberIds
    .map((id) => ctx.teamById.get(id)?.name)
    .filter((name): name is string => name !== undefined)
    .map((name) => ctx.text(name))
    .join(', ')
  return { streets, title: ctx.text(session.title), date: session.date, sessionTeam: team }
}

/**
 * The looplijst: the addresses of a street (or of a session's streets) in walking order, up the odd
 * side and back down the even side, with an empty box per door outcome and room for a note.
 * Addresses whose latest outcome is "niet meer benaderen" are left out. House numbers are its purpose;
 * residents' names, phone numbers (only with consent) and household notes appear only with names.
 *
 * @throws ReportSubjectError when the street or session is unknown or the session has no streets.
 */
export function buildWalkList(ctx: ReportContext): ReportModel {
  const { t, fmt, v } = ctx
  const w = t.walk
  const walk = walkStreets(ctx)
  const latest = latestContactByAddress(ctx.snapshot.contacts)
  const withNames = ctx.includeNames
  const boxColumns = contactOutcomes.map((outcome): [string, number, 'center'] => [
    w.boxes[outcome],
    6,
    'center',
  ])
  // With names, the resident and the household's particulars share a column, so the note column
  // keeps room to write in.
  const columns: Array<[string, number, ('left' | 'right' | 'center')?]> = [
    [w.columnNumber, 5],
    [w.columnPostcode, 7],
    [w.columnLast, withNames ? 11 : 13],
    ...(withNames ? ([[w.columnResidentAndNotes, 18]] as Array<[string, number]>) : []),
    ...boxColumns,
    [w.columnNote, withNames ? 23 : 39],
  ]
  let total = 0
  let skipped = 0
  const blocks: ReportBlock[] = [...paragraph(`${w.howTo} ${w.afterwards}`, 'lead')]
  walk.streets.forEach((street, index) => {
    // Each street of a round starts on a page of its own, so the lists can be handed out per street.
    if (index > 0) blocks.push(pageBreak)
    const addresses = ctx.snapshot.addresses.filter((address) => address.streetId === street.id)
    const open = addresses.filter((address) => latest.get(address.id)?.outcome !== 'niet-benaderen')
    skipped += addresses.length - open.length
    total += open.length
    const row = (address: Address): TableCell[] => {
      const last = latest.get(address.id)
      const resident = [address.residentName, address.consentToContact ? address.phone : '']
        .map((part) => ctx.asTyped(part))
        .filter((part) => part !== '')
        .join(', ')
      const particulars = ctx.asTyped(address.householdNote)
      return [
        { text: formatHouseNumber(address.houseNumber, ctx.asTyped(address.addition)), strong: true },
        ctx.asTyped(address.postcode),
        // Outcome and date on two lines: the column stays narrow and every row reads the same.
        last
          ? `${v.contactOutcome[last.outcome]}\n${last.date.slice(0, 4) === ctx.today.slice(0, 4) ? fmt.dayMonth(last.date) : fmt.shortDate(last.date)}`
          : w.never,
        ...(withNames ? [[resident, particulars].filter((part) => part !== '').join('\n')] : []),
        ...contactOutcomes.map((): TableCell => ({ box: true })),
        '',
      ]
    }
    const walking = sortWalking(open)
    const odd = walking.filter((address) => address.houseNumber % 2 === 1)
    const even = walking.filter((address) => address.houseNumber % 2 === 0)
    blocks.push(heading(1, w.streetHeading(ctx.text(street.name), open.length)))
    // Said under the street's heading, so the list of each street ends with its last address.
    if (addresses.length !== open.length)
      blocks.push(...paragraph(w.skipped(addresses.length - open.length), 'muted'))
    if (walking.length === 0) blocks.push(...paragraph(w.noAddresses))
    else if (odd.length === 0 || even.length === 0)
      blocks.push({ ...table(columns, walking.map(row)), writeIn: 'line' })
    else
      // Up the odd side, then back down the even side: two tables, so the turn is plain to see.
      blocks.push(
        heading(2, w.oddSide),
        { ...table(columns, odd.map(row)), writeIn: 'line' },
        heading(2, w.evenSide),
        { ...table(columns, even.map(row)), writeIn: 'line' },
      )
  })
  return frameReport(
    ctx,
    {
      layout: 'compact',
      title: walk.title,
      subject: walk.title,
      details: [
        [w.coverDate, walk.date === undefined ? '' : fmt.date(walk.date)],
        [w.coverTeam, walk.sessionTeam ?? ''],
        [w.coverAddresses, w.coverAddressCount(total, skipped)],
      ],
      showPeriod: false,
      toc: false,
      orientation: 'landscape',
      privacyNote: withNames ? t.common.privacyWithNames : w.privacy,
    },
    blocks,
  )
}
