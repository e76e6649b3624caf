/** The Dutch patterns of the `hyphen` package (CommonJS, ships no types). */
declare module 'hyphen/nl' {
  interface HyphenOptions {
    /** The character put at each possible break (default: the soft hyphen U+00AD). */
    hyphenChar?: string
    /** Words shorter than this are left whole. */
    minWordLength?: number
    exceptions?: string[]
  }
  export function hyphenateSync(text: string, options?: HyphenOptions): string
}
