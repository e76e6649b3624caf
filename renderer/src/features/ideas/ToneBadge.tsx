import { Badge, type BadgeProps } from '@mantine/core'
import { type ReactNode } from 'react'

/** Colour families of labels; each with a text colour dark enough for 4.5:1 on its light fill. */
export type Tone = 'gray' | 'blue' | 'violet' | 'orange' | 'green' | 'yellow' | 'red'

/** Dark text per tone (Mantine's own light-variant texts are too pale for WCAG AA). */
export const toneText: Record<Tone, string> = {
  gray: '#343a40',
  blue: '#1b4b85',
  violet: '#4a2a96',
  orange: '#8a3606',
  green: '#1d5e2e',
  yellow: '#654a00',
  red: '#9f1c1c',
}

interface ToneBadgeProps {
  tone: Tone
  children: ReactNode
  size?: BadgeProps['size']
  variant?: 'light' | 'outline'
  ml?: BadgeProps['ml']
}

/** A small coloured label with readable text. */
export function ToneBadge({ tone, children, size = 'sm', variant = 'light', ml }: ToneBadgeProps) {
  return (
    <Badge
      color={tone}
      variant={variant}
      size={size}
      radius="sm"
      tt="none"
      ml={ml}
      style={{ '--badge-color': toneText[tone] }}
    >
      {children}
    </Badge>
  )
}
