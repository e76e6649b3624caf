import { describe, expect, it } from 'vitest'
import { createRedactor, nameTerms, redactionTermsOf } from '../../../shared/domain/redaction'

const terms = {
  residentNames: [
    'Jansen',
    'Piet van der Berg',
    'Anna de Vries',
    'José Özdemir',
    'Fam. Bakker',
    'Kees en Mien Visser',
    "Hans van 't Hof",
    'Jansen-de Boer',
  ],
  streetNames: ['Dorpsstraat', 'Oosteinde', 'Het Loo'],
}
const redact = createRedactor(terms, { language: 'nl' })

describe('the redaction pass', () => {
  it('makes the example from the idea card anonymous', () => {
    expect(redact('mevrouw Jansen (Dorpsstraat 14) belt graag terug: 06 12 34 56 78')).toBe(
      'mevrouw [naam] ([adres]) belt graag terug: [telefoonnummer]',
    )
  })

  it.each([
    '06-12345678',
    '06 12345678',
    '06 12 34 56 78',
    '06-12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06 - 12 34 56 78',
    '06-1234 5678',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12 34 56 78',
    '+31(0)6-12345678',
    '+31 06 12345678',
    '0031 6 1234 5678',
    '0031612345678',
    '0525-123456',
    '0525 12 34 56',
    '(0525) 123456',
    '(0525)-123456',
    '020-1234567',
    '020 - 123 45 67',
    '020.123.45.67',
    '+31 525 123456',
    '+31 (0) 525 123456',
    '+32 470 12 34 56',
    '+49 30 1234567',
  ])('removes the phone number %s', (phone) => {
    for (const text of [phone, `Bel ${phone} na zessen.`, `(${phone})`, `tel:${phone}.`]) {
      const result = redact(text)
      expect(result, text).toContain('[telefoonnummer]')
      expect(result.replace(/\D/g, ''), text).toBe('')
    }
  })

  it.each([
    ['de bijeenkomst van 12-03-2026 om 19.30', 'de bijeenkomst van 12-03-2026 om 19.30'],
    ['open van 09.00 - 12.00 uur', 'open van 09.00 - 12.00 uur'],
    ['op 01-02-2026 12:30 komen 15 mensen', 'op 01-02-2026 12:30 komen 15 mensen'],
    ['in 2026 en 2027 samen 1500 km', 'in 2026 en 2027 samen 1500 km'],
    ['we bellen 112 bij nood', 'we bellen 112 bij nood'],
    [
      'onderweg 3 dagen, de berg op, een moestuin 2 keer per week',
      'onderweg 3 dagen, de berg op, een moestuin 2 keer per week',
    ],
    ['De vergadering 3 november', 'De vergadering 3 november'],
  ])('leaves dates, times, amounts and ordinary words alone: %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it.each([
    ['j.jansen@example.nl', '[e-mailadres]'],
    ['Mail naar Piet.vd.Berg+buurt@Gemeente-Oldebroek.NL.', 'Mail naar [e-mailadres].'],
    ['piet(at)vdberg.nl', '[e-mailadres]'],
    ['piet [at] vdberg.nl', '[e-mailadres]'],
    ['ça@café.fr', '[e-mailadres]'],
  ])('removes the e-mail address in %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it.each([
    ['8091 KR', '[postcode]'],
    ['8091KR', '[postcode]'],
    ['8091kr', '[postcode]'],
    ['8091 kr', '[postcode]'],
    ['8091 KR 14', '[adres]'],
    ['8091kr 14', '[adres]'],
    ['8091 KR 14a', '[adres]'],
    ['8091 KR nr. 14-2', '[adres]'],
    ['Dorpsstraat 14, 8091 KR Wezep', '[adres], [postcode] Wezep'],
  ])('removes the postcode in %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it.each([
    ['Dorpsstraat 14', '[adres]'],
    ['dorpsstraat 14a', '[adres]'],
    ['Dorpsstraat 14 A', '[adres]'],
    ['Dorpsstraat nr. 14', '[adres]'],
    ['Dorpsstraat 14-2', '[adres]'],
    ['Dorpsstraat 14 t/m 18', '[adres]'],
    ['Dörpsstraat 14', '[adres]'],
    ['Oosteinde 12', '[adres]'],
    ['oosteinde 12', '[adres]'],
    ['het Loo 3', '[adres]'],
    ['Kerkweg 3a', '[adres]'],
    ['kerkweg 3a', '[adres]'],
    ['Brinkakkerweg 7', '[adres]'],
    ['Van Goghstraat 5', '[adres]'],
    ['Burgemeester de Withstraat 5', '[adres]'],
    ['Stationsplein 1', '[adres]'],
    ['Lindelaan 22', '[adres]'],
    ['Kerkhof 2', '[adres]'],
    ['Dorpsstr. 14', '[adres]'],
    ['Brink 4', '[adres]'],
    ['Eikenhorst 9', '[adres]'],
    ['Vaassenseweg 101', '[adres]'],
    ['op nummer 14', 'op [huisnummer]'],
    ['huisnummer 3b', '[huisnummer]'],
  ])('removes the address in %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it('keeps a street without a house number', () => {
    expect(redact('Iedereen in de Dorpsstraat en de Kerkweg doet mee.')).toBe(
      'Iedereen in de Dorpsstraat en de Kerkweg doet mee.',
    )
  })

  it.each([
    ['Jansen', '[naam]'],
    ['JANSEN', '[naam]'],
    ['jansen', '[naam]'],
    ['Jansens hond', '[naam] hond'],
    ["Jansen's hond", '[naam] hond'],
    ['J.P. Jansen', '[naam]'],
    ['mevrouw van der Berg', 'mevrouw [naam]'],
    ['Van der Berg', '[naam]'],
    ['VAN DER BERG', '[naam]'],
    ['meneer Berg', 'meneer [naam]'],
    ['Piet van der Berg', '[naam]'],
    ['Anna de Vries', '[naam]'],
    ['A. de Vries', '[naam]'],
    ['De Vries', '[naam]'],
    ['José Özdemir', '[naam]'],
    ['JOSE OZDEMIR', '[naam]'],
    ['jose', '[naam]'],
    ['de familie Bakker', 'de familie [naam]'],
    ['de bakker op de hoek', 'de [naam] op de hoek'],
    ['Kees en Mien', '[naam] en [naam]'],
    ['Mien Visser', '[naam]'],
    ["Hans van 't Hof", '[naam]'],
    ["van 't Hof", '[naam]'],
    ['Jansen-de Boer', '[naam]'],
    ['mevrouw De Boer', 'mevrouw [naam]'],
  ])('removes the resident name in %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it('leaves the ordinary word of a surname with a tussenvoegsel alone in lower case', () => {
    expect(redact('de berg op, een boer en een hof')).toBe('de berg op, een boer en een hof')
  })

  it('does not see a name inside another word', () => {
    expect(redact('Jansenstraat zonder nummer, bakkerij, Keesje')).toBe(
      'Jansenstraat zonder nummer, bakkerij, Keesje',
    )
  })

  it('gives English placeholders in English outputs', () => {
    const english = createRedactor(terms, { language: 'en' })
    expect(english('Mrs Jansen (Dorpsstraat 14, 8091 KR) j@x.nl 06-12345678, nummer 3')).toBe(
      'Mrs [name] ([address], [postcode]) [e-mail address] [phone number], [house number]',
    )
  })

  it('keeps names when the coach asked for them, and still removes the rest', () => {
    const withNames = createRedactor(terms, { language: 'nl', keepNames: true })
    expect(withNames('mevrouw Jansen (Dorpsstraat 14) belt graag terug: 06 12 34 56 78')).toBe(
      'mevrouw Jansen ([adres]) belt graag terug: [telefoonnummer]',
    )
  })

  it('removes IBANs and BSNs', () => {
    expect(redact('NL91ABNA0417164300, NL91 ABNA 0417 1643 00 en bsn 111222333 of 1112.22.333')).toBe(
      '[rekeningnummer], [rekeningnummer] en bsn [BSN] of [BSN]',
    )
  })

  it('makes one placeholder of a first name and a surname of different residents side by side', () => {
    expect(redact('Kees Jansen')).toBe('[naam]')
  })

  it('does not change its own result', () => {
    const once = redact('[naam] [adres] [telefoonnummer] mevrouw Jansen 06-12345678')
    expect(redact(once)).toBe(once)
  })
})

describe('the names the redaction looks for', () => {
  it('takes first names and surnames apart, with and without tussenvoegsels', () => {
    const words = (name: string) =>
      nameTerms(name).map((term) => `${term.words.join(' ')}${term.capitalOnly ? '*' : ''}`)
    expect(words('Piet van der Berg')).toEqual(['piet van der berg', 'piet', 'van der berg', 'berg*'])
    expect(words('Fam. J. Bakker')).toEqual(['bakker'])
    expect(words('Anna en Piet Visser')).toEqual([
      'anna',
      'piet visser',
      'piet',
      'visser',
      'anna en piet visser',
    ])
    expect(words('van')).toEqual([])
  })

  it('collects residents and initiators of every address and idea, deleted ones too', () => {
    expect(
      redactionTermsOf({
        addresses: [{ residentName: 'Jansen' }, { residentName: '' }],
        ideas: [{ initiators: [{ pseudonym: 'Bewoner Dorpsstraat', name: 'Visser' }] }],
        streets: [{ name: 'Dorpsstraat' }],
      }),
    ).toEqual({ residentNames: ['Jansen', 'Visser'], streetNames: ['Dorpsstraat'] })
  })
})
