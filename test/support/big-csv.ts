/**
 * A large address file as a gemeente exports it from its address register: about 20 MB, 245,000
 * rows over 2,450 streets, extra columns the import ignores, and one bad postcode every 1,000 rows.
 */
export function buildBigCsv(rows = 245_000): { bytes: Uint8Array; badRows: number } {
  const lines = [
    'Straatnaam;Huisnummer;Huisletter;Postcode;Woonplaats;Gebruiksdoel;Bouwjaar;Oppervlakte;Verblijfsobject',
  ]
  let badRows = 0
  for (let i = 0; i < rows; i += 1) {
    const street = `Buitenplaatsweg ${String(Math.floor(i / 100) + 1).padStart(4, '0')}`
    const number = (i % 100) + 1
    const letter = i % 7 === 0 ? 'a' : ''
    const bad = i % 1000 === 999
    if (bad) badRows += 1
    const postcode = bad
      ? '80960'
      : `${8000 + (Math.floor(i / 100) % 1000)} ${String.fromCharCode(65 + (i % 26))}B`
    lines.push(
      `${street};${number};${letter};${postcode};Oldebroek;woonfunctie;${1900 + (i % 120)};${40 + (i % 200)};0${String(269010000000000 + i)}`,
    )
  }
  return { bytes: new Uint8Array(Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')), badRows }
}
