export {
  DEFAULT_DEMO_SEED,
  DEMO_DAYS_SINCE_START,
  type DemoData,
  type DemoOptions,
  generateDemo,
} from './generate-demo'
