/**
 * Whether this is an unattended run, as CI services mark it: CI set to anything but "", "0" or "false".
 * @param {NodeJS.ProcessEnv} env
 */
export function isCi(env) {
  const value = (env.CI ?? '').trim().toLowerCase()
  return value !== '' && value !== '0' && value !== 'false'
}
