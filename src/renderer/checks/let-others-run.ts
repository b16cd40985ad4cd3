/** Resolves in a later task, so the worker's waiting messages (house-style checks) run first. */
export function letOthersRun(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
