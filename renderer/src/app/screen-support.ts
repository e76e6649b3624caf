// What every screen but the first needs before it renders, loaded with the first of them (or in idle
// time): all of Mantine's styles (the first screen loads only its own part, see first-screen.css), in
// the same `mantine` cascade layer, and zod's configuration for the CSP (forms validate with zod; the
// dashboard does not).
import '@mantine/core/styles.layer.css'
import '@mantine/dates/styles.layer.css'
import './zod-csp'
