/** How many characters either side of an ignored finding must stay the same for the ignore to hold. */
export const IGNORE_CONTEXT = 12;
