import { type Address, type Area, type Street } from '../model'
import { type DemoContext } from './demo-context'
import { demoAreas, demoBaseStreets, householdNotes, streetNameEnds, streetNameStarts } from './demo-texts'

/** Four streets (one "reference case") with their addresses; a demo at scale N has N groups. */
export interface DemoStreetGroup {
  index: number
  area: Area
  streets: Street[]
  /** The addresses of `streets[i]`, in house-number order. */
  addresses: Address[][]
}

/** Letters used in Dutch postcodes (F, I, O, Q, U and Y are not). */
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ'
const ADDRESSES_PER_POSTCODE = 24

function postcodeLetters(index: number): string {
  const first = POSTCODE_LETTERS.charAt((7 + Math.floor(index / 20)) % 20)
  const second = POSTCODE_LETTERS.charAt(index % 20)
  const pair = `${first}${second}`
  return pair === 'SA' || pair === 'SD' || pair === 'SS' ? `${first}T` : pair
}

/** A made-up street name for group 1 and up: 30 × 15 distinct combinations. */
function generatedStreetName(index: number): string {
  const start = index % streetNameStarts.length
  const round = Math.floor(index / streetNameStarts.length)
  return `${streetNameStarts[start]}${streetNameEnds[(start + round * 31) % streetNameEnds.length]}`
}

/** `count` house numbers with some letter additions ("12a") and some flats ("14-1", "14-2"). */
function houseNumbers(ctx: DemoContext, count: number): Array<{ houseNumber: number; addition: string }> {
  const numbers: Array<{ houseNumber: number; addition: string }> = []
  let next = ctx.rng.int(1, 3)
  while (numbers.length < count) {
    const room = count - numbers.length
    const roll = ctx.rng.next()
    if (roll < 0.04 && room >= 3) {
      for (const addition of ['1', '2', '3']) numbers.push({ houseNumber: next, addition })
    } else if (roll < 0.12 && room >= 2) {
      numbers.push({ houseNumber: next, addition: '' }, { houseNumber: next, addition: 'a' })
    } else {
      numbers.push({ houseNumber: next, addition: '' })
    }
    next += ctx.rng.chance(0.1) ? 2 : 1
  }
  return numbers
}

/**
 * Areas (kernen, wijken), streets and addresses: `scale` groups of four streets with 48 + 36 + 40 + 26
 * addresses. Scale 1 has one area (kern Oldebroek); larger scales spread the groups over
 * ceil(scale / 10) areas.
 */
export function generatePlaces(
  ctx: DemoContext,
  scale: number,
): { areas: Area[]; groups: DemoStreetGroup[] } {
  const createdDay = ctx.startDay + 2
  const areaCount = Math.min(demoAreas.length, Math.ceil(scale / 10))
  const areas: Area[] = demoAreas
    .slice(0, areaCount)
    .map((area) => ctx.entity({ name: area.name, kind: area.kind }, createdDay))
  const groupsPerArea = Math.ceil(scale / areaCount)
  const streetsInArea = new Map<number, number>()
  const groups: DemoStreetGroup[] = []

  for (let g = 0; g < scale; g++) {
    const areaIndex = Math.min(Math.floor(g / groupsPerArea), areaCount - 1)
    const area = areas[areaIndex] as Area
    const areaInfo = demoAreas[areaIndex] ?? demoAreas[0]
    const group: DemoStreetGroup = { index: g, area, streets: [], addresses: [] }
    demoBaseStreets.forEach((base, j) => {
      const street: Street = ctx.entity(
        {
          name: g === 0 ? base.name : generatedStreetName((g - 1) * demoBaseStreets.length + j),
          place: areaInfo?.place ?? '',
          areaId: area.id,
          notes: g === 0 ? base.notes : '',
        },
        createdDay,
      )
      const streetNumber = streetsInArea.get(areaIndex) ?? 0
      streetsInArea.set(areaIndex, streetNumber + 1)
      const addresses = houseNumbers(ctx, base.size).map(({ houseNumber, addition }, k): Address =>
        ctx.entity(
          {
            streetId: street.id,
            houseNumber,
            addition,
            postcode: `${areaInfo?.postcode ?? '8096'} ${postcodeLetters(streetNumber * 3 + Math.floor(k / ADDRESSES_PER_POSTCODE))}`,
            householdNote: ctx.rng.chance(0.05) ? ctx.rng.pick(householdNotes) : '',
            residentName: '',
            phone: '',
            consentToContact: false,
          },
          createdDay,
        ),
      )
      group.streets.push(street)
      group.addresses.push(addresses)
    })
    groups.push(group)
  }
  return { areas, groups }
}
