/**
 * About 300 words of clean British NHS-management journalism, in house style:
 * curly quotes, em dashes, -ise spellings, the house acronyms. The checker must
 * find nothing in it with the house words.
 */
export const cleanCopy = [
  'Integrated care boards are being asked to cut their running costs by 30 per cent before the end of the financial year, a move that leaders fear will hit the very teams that organise community services.',
  'The chief executive of one northern ICB, who asked not to be named, told Managers in Partnership that the timetable was “unrealistic and, frankly, unfair on staff who have already been through two reorganisations since 2022”.',
  'NHS England wrote to every board in March setting out the savings. ICBs must also take on responsibilities from the regional teams, including the commissioning of specialised services, which until now have been managed nationally.',
  'MiP’s national officer said members were worried about redundancy terms. “People have given their careers to the health service,” she said. “They deserve to be treated with respect, not handed a spreadsheet and told to find a job elsewhere.”',
  'Some boards are already consulting on new structures. In the Midlands, two ICBs have agreed to share a chief finance officer and a single analytics team, and a CSU is expected to absorb much of the back-office work.',
  'Ministers insist that the changes will free money for the front line. The health secretary told MPs last week that the government wanted “fewer managers doing better work”, though he did not say how many posts would go.',
  'Analysts at the King’s Fund were sceptical. Their report argues that management costs in the NHS are lower than in most comparable health systems, and that cutting them without a plan risks slowing the recovery of waiting lists.',
  'For now, managers are being told to prioritise safety, keep talking to their teams and document every decision. The next round of guidance is due in the autumn.',
];
