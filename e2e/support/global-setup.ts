import { handToWorkers, resolveChromium } from './chromium';

/** Runs once per `playwright test`: picks the Chromium (unpacking the npm one if needed) and says which. */
export default async function globalSetup(): Promise<void> {
  const resolved = await resolveChromium();
  console.log(`End-to-end tests in the ${resolved.source} Chromium: ${resolved.executablePath}`);
  handToWorkers(resolved);
}
