import { type Address, type Idea, type Street } from '../../model'
import { type RedactionTerms } from './redactor'

/** The collections the terms come from; read-only arrays are fine. */
export interface RedactionSource {
  addresses: ReadonlyArray<Pick<Address, 'residentName'>>
  ideas: ReadonlyArray<Pick<Idea, 'initiators'>>
  streets: ReadonlyArray<Pick<Street, 'name'>>
}

/**
 * The names and streets the redaction looks for: every resident name on an address and every
 * initiator's name, and every street name. Deleted entities count too: a name in a note does not
 * become harmless because its address went to the bin.
 */
export function redactionTermsOf(source: RedactionSource): RedactionTerms {
  const residentNames = new Set<string>()
  for (const address of source.addresses)
    if (address.residentName.trim() !== '') residentNames.add(address.residentName)
  for (const idea of source.ideas)
    for (const initiator of idea.initiators)
      if (initiator.name.trim() !== '') residentNames.add(initiator.name)
  const streetNames = new Set(
    source.streets.map((street) => street.name).filter((name) => name.trim() !== ''),
  )
  return { residentNames: [...residentNames], streetNames: [...streetNames] }
}
