import { Progress } from '@mantine/core'
import { Link } from 'react-router'
import classes from './Dashboard.module.css'

interface KpiTileProps {
  /** Stable test id; the value carries `<testId>-value`, the detail `<testId>-detail`. */
  testId: string
  label: string
  value: string
  detail?: string
  /** A bar towards the goal (0–100) with its accessible label. */
  progress?: { value: number; label: string } | undefined
  /** Takes two columns (the headline figure). */
  wide?: boolean
  /** The list behind the figure; the whole tile becomes a link to it. */
  to?: string
}

/** One key figure: a term and its value in the key-figures description list. */
export function KpiTile({ testId, label, value, detail, progress, wide, to }: KpiTileProps) {
  return (
    <div className={wide ? `${classes.tile} ${classes.tileWide}` : classes.tile} data-testid={testId}>
      <dt className={classes.tileLabel}>
        {to === undefined ? (
          label
        ) : (
          <Link to={to} className={classes.tileLink}>
            {label}
          </Link>
        )}
      </dt>
      <dd className={classes.tileValue} data-testid={`${testId}-value`}>
        {value}
      </dd>
      {detail !== undefined && (
        <dd className={classes.tileDetail} data-testid={`${testId}-detail`}>
          {detail}
        </dd>
      )}
      {progress && (
        <dd className={classes.tileBar}>
          <Progress value={progress.value} size="sm" radius="xl" aria-label={progress.label} />
        </dd>
      )}
    </div>
  )
}
