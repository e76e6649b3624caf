export {
  createRedactor,
  redactionPlaceholders,
  type RedactionKind,
  type RedactionTerms,
  type RedactorOptions,
} from './redactor'
export { redactionTermsOf, type RedactionSource } from './redaction-terms'
export { nameTerms, type NameTerm } from './name-terms'
