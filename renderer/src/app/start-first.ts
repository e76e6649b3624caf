import { startApp } from './start-app'

// main.tsx imports this module before any other, so the first screen's data is requested while React,
// Mantine and the rest of the app's code are still being set up (ES modules run in import order).
/** Settles once the first screen's data is in (or could not be fetched). */
export const firstScreenData: Promise<void> = startApp()
