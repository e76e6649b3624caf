import { z } from 'zod'
import { fileKinds, savableExtensions } from '../shared/api/shell-bridge'

/** The largest file the page may hand over (as base64): far above any report, export or backup. */
export const MAX_BASE64_LENGTH = 400 * 1024 * 1024

// Control characters (and NUL) never belong in a file name; they can hide the real extension.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/

/** The extension of `fileName` in lower case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

/** A suggested file name: a name, not a path, with one of the extensions the shell saves. */
export const fileNameSchema = z
  .string({ error: 'De bestandsnaam ontbreekt.' })
  .trim()
  .min(1, { error: 'De bestandsnaam ontbreekt.' })
  .max(200, { error: 'De bestandsnaam is te lang (meer dan 200 tekens).' })
  .refine((name) => !controlCharacters.test(name), { error: 'De bestandsnaam bevat onzichtbare tekens.' })
  .refine((name) => (savableExtensions as readonly string[]).includes(extensionOf(name)), {
    error: `Dit soort bestand bewaart de app niet (alleen ${savableExtensions.map((e) => `.${e}`).join(', ')}).`,
  })

/** The input of `saveFile`. */
export const saveFileRequestSchema = z.strictObject(
  {
    fileName: fileNameSchema,
    base64: z
      .string({ error: 'De inhoud van het bestand ontbreekt.' })
      .max(MAX_BASE64_LENGTH, { error: 'Het bestand is te groot om te bewaren.' })
      .regex(base64Pattern, { error: 'De inhoud van het bestand is beschadigd (geen base64).' }),
    kind: z.enum(fileKinds, { error: 'Onbekend soort bestand.' }),
  },
  { error: 'De aanvraag om een bestand te bewaren is ongeldig.' },
)

/** The input of `printToPdf`. */
export const printToPdfRequestSchema = z.strictObject(
  {
    fileName: fileNameSchema.refine((name) => extensionOf(name) === 'pdf', {
      error: 'Een PDF moet een naam hebben die eindigt op .pdf.',
    }),
    landscape: z.boolean({ error: 'Geef aan of de PDF liggend of staand moet zijn.' }),
  },
  { error: 'De aanvraag om een PDF te maken is ongeldig.' },
)

/** The input of `openPath`: the full path of a file the app saved. */
export const openPathSchema = z
  .string({ error: 'Er is geen bestand genoemd om te openen.' })
  .min(1, { error: 'Er is geen bestand genoemd om te openen.' })
  .max(4096, { error: 'Het pad van het bestand is te lang.' })

/** The first problem zod found, as the Dutch message to show. */
export function firstIssueMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'De aanvraag is ongeldig.'
}
