/**
 * How many times the crash tests kill a process. The normal run (`npm test`, `npx vitest run`) kills
 * enough to catch a broken write path in seconds; the durability run (`npm run test:durability`, and
 * `npm test` with CI set) sets KC_DURABILITY=full and kills the full count. An explicit count in
 * `variable` (HOST_CRASH_KILLS, STORE_CRASH_KILLS) wins over both.
 */
export function crashKills(variable: string, normal: number, full: number): number {
  const explicit = process.env[variable]
  if (explicit !== undefined && explicit !== '') return Number(explicit)
  return process.env.KC_DURABILITY === 'full' ? full : normal
}

/** A generous time limit for a crash test of `kills` rounds (a loaded machine is many times slower). */
export function crashTestTimeout(kills: number): number {
  return 120_000 + kills * 6_000
}
