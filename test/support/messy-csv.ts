/**
 * A CSV of addresses as Excel on a Dutch Windows saves it: semicolons, CRLF, Windows-1252 (é in a
 * street name), house number and addition in separate columns, a few blank lines, and bad rows at
 * known line numbers.
 */
export interface MessyCsv {
  bytes: Uint8Array
  /** Line numbers (header = 1) of the bad rows, with the word their message must contain. */
  badLines: Array<{ line: number; reason: string }>
  goodRows: number
}

/** Builds a file of `total` address rows of which some are bad. */
export function buildMessyCsv(total = 500): MessyCsv {
  const streets = ['Café de Kroonstraat', 'Zwaluwstraat', 'Hessenweg', 'Korenbloemlaan', 'Oude Dijk']
  const lines: string[] = ['Straatnaam;Huisnr;Toev.;Postcode;Woonplaats']
  const badLines: MessyCsv['badLines'] = []
  let goodRows = 0
  for (let i = 0; i < total; i += 1) {
    const street = streets[i % streets.length] ?? 'Zwaluwstraat'
    const number = Math.floor(i / streets.length) + 1
    const addition = i % 17 === 0 ? 'a' : ''
    const lineNumber = lines.length + 1
    if (i === 40) {
      lines.push(`;${number};;8096 AB;Oldebroek`)
      badLines.push({ line: lineNumber, reason: 'straat ontbreekt' })
    } else if (i === 120) {
      lines.push(`${street};${number};;80960;Oldebroek`)
      badLines.push({ line: lineNumber, reason: 'geen geldige postcode' })
    } else if (i === 250) {
      lines.push(`${street};twaalf;;8096 AB;Oldebroek`)
      badLines.push({ line: lineNumber, reason: 'geen geldig huisnummer' })
    } else if (i === 333) {
      // The very first row again: Café de Kroonstraat 1a.
      lines.push(`${streets[0]};1;a;8096 AB;Oldebroek`)
      badLines.push({ line: lineNumber, reason: 'dubbel adres' })
    } else {
      lines.push(`${street};${number};${addition};8096 ${String.fromCharCode(65 + (i % 26))}B;Oldebroek`)
      goodRows += 1
    }
    if (i === 200) lines.push(';;;;')
  }
  const text = `${lines.join('\r\n')}\r\n`
  // Every character is below 256, so Latin-1 bytes equal Windows-1252 here (é = 0xE9).
  return { bytes: new Uint8Array(Buffer.from(text, 'latin1')), badLines, goodRows }
}

/** Base64 of bytes, as the renderer sends a file. */
export function toBase64(bytes: Uint8Array | string): string {
  return Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64')
}
