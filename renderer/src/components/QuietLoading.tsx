import { LoadingState } from './LoadingState'
import classes from './QuietLoading.module.css'

/**
 * The stand-in while a screen's code loads: nothing visible at first, and the usual loading line only
 * when the wait gets noticeable, so quick loads do not flash.
 */
export function QuietLoading({ minHeight }: { minHeight?: number }) {
  return (
    <div className={classes.quiet}>
      <LoadingState minHeight={minHeight} />
    </div>
  )
}
