import {
  IconArrowBackUp,
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconCoffee,
  IconDoor,
  IconMessages,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react'
import { type SessionType } from '../../../../shared/model'
import classes from './SessionTypes.module.css'

/** Each kind of session has its own icon and colour, so colour is never the only cue. */
export const sessionTypeIcons: Readonly<Record<SessionType, Icon>> = {
  'deur-aan-deur': IconDoor,
  keukentafel: IconCoffee,
  straatgesprek: IconMessages,
  bewonersavond: IconUsersGroup,
  ideeenmarkt: IconBulb,
  terugkoppeling: IconArrowBackUp,
  partneroverleg: IconBuildingCommunity,
  anders: IconCalendarEvent,
}

/** The CSS class that sets `--type-bg`, `--type-fg` and `--type-accent` for a kind of session. */
export function sessionTypeClass(type: SessionType): string {
  return classes[type] ?? ''
}
