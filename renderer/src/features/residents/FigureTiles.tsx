import classes from './Residents.module.css'

/** One small figure: a label, a value and an optional line under it. */
export interface FigureTile {
  id: string
  label: string
  value: string
  detail?: string
}

/** A row of small figures at the top of a section (a description list). */
export function FigureTiles({ figures, label }: { figures: readonly FigureTile[]; label: string }) {
  return (
    <dl className={classes.figures} aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.id} className={classes.figure} data-testid={`figure-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd className={classes.figureValue} data-testid={`figure-${figure.id}-value`}>
            {figure.value}
          </dd>
          {figure.detail !== undefined && <dd className={classes.figureDetail}>{figure.detail}</dd>}
        </div>
      ))}
    </dl>
  )
}
