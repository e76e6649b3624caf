/** Text of a CSV file with the encoding it turned out to have. */
export interface DecodedCsv {
  text: string
  encoding: 'utf-8' | 'windows-1252'
}

/**
 * Decodes a CSV file as Excel saves it: UTF-8 with or without BOM, or Windows-1252 ("CSV (gescheiden
 * door lijstscheidingsteken)" on a Dutch Windows). Bytes that are not valid UTF-8 mean Windows-1252.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(withoutBom), encoding: 'windows-1252' }
  }
}
