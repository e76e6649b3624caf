import { type ReportContext } from './report-context'

/**
 * The programme in one or two plain sentences with its key figures (streets, addresses, ideas), for
 * reports about one partner, idea or session: "In 4 straten met samen 150 adressen …".
 */
export function programmeInFigures(ctx: ReportContext): string {
  const { stats, t, fmt } = ctx
  return t.common.programmeInFigures({
    programme: ctx.text(ctx.programme.name),
    gemeente: ctx.text(ctx.programme.gemeente),
    streets: stats.streets,
    addresses: stats.addresses,
    reached: stats.reached,
    ideas: stats.ideas,
    realised: stats.ideasRealised,
    asOf: fmt.date(ctx.period.asOf),
  })
}
