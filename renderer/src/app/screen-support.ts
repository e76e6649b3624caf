// What every screen but the first needs before its code runs, loaded before the first of them (or in
// idle time): zod's configuration for the CSP, which must come before any zod schema is made (forms
// validate with zod; the dashboard does not), and all of Mantine's styles (the first screen loads only
// its own part, see first-screen.css), in the same `mantine` cascade layer, and the Dutch words of the
// date pickers.
import '@mantine/core/styles.layer.css'
import '@mantine/dates/styles.layer.css'
import 'dayjs/locale/nl'
import './zod-csp'
