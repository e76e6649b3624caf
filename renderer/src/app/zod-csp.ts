import { z } from 'zod'

// zod compiles fast parsers with `new Function`, which the CSP (no 'unsafe-eval') forbids; even its
// probe for eval is reported as a violation. The interpreted parser is fast enough for forms.
z.config({ jitless: true })
