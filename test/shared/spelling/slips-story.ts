/**
 * A story seeded with twenty known slips, and house words and names that must
 * not be flagged: the acceptance story for spelling and grammar, used by the
 * command line's test (and the editor's, in the browser).
 */
export const slipsParagraphs = [
  'The trust will recieve the report on the the waiting lists next week.',
  'Its a good idea to publish it, and managers think their going to welcome it.',
  'The board said there plans were seperate from the ICB’s, and an manager agreed.',
  'He chairs a NHS trust whose goverment funding occured late, which was definately wierd.',
  'the accomodation was painted gray at the begining of the year.',
  'MiP’s members recomend waiting until tommorow. The color scheme was chosen to organize the wards.',
  'Kate Smyth-Ojukwu told MPs, the NHS’s leaders and the CSU that the ICBs’ plans were sound.',
  'Details are at https://example.org/recieve-it and from press@recieve.co.uk; the World Health Organization agreed.',
];

/** Each slip and the rule that must find it: the spelling checker's, or house style's where it decides. */
export const expectedSlips: ReadonlyArray<readonly [ruleId: string, text: string]> = [
  ['spelling.spell-check', 'recieve'],
  ['grammar.repeated-words', 'the the'],
  ['grammar.its-contraction', 'Its'],
  ['grammar.their-to-theyre', 'their'],
  ['grammar.there-to-their', 'there'],
  ['spelling.spell-check', 'seperate'],
  ['grammar.an-a', 'an manager'],
  ['grammar.an-a', 'a NHS trust'],
  ['spelling.spell-check', 'goverment'],
  ['spelling.spell-check', 'occured'],
  ['spelling.spell-check', 'definately'],
  ['spelling.spell-check', 'wierd'],
  ['grammar.sentence-capitalization', 'the'],
  ['spelling.spell-check', 'accomodation'],
  ['spelling.spell-check', 'gray'],
  ['spelling.spell-check', 'begining'],
  ['spelling.spell-check', 'recomend'],
  ['spelling.spell-check', 'tommorow'],
  ['british-spelling', 'color'],
  ['british-spelling', 'organize'],
];

/** Words in the story that nothing may flag as spelling or grammar. */
export const neverFlagged = ['MiP’s', 'Kate', 'Smyth-Ojukwu', 'Smyth', 'Ojukwu', 'MPs', 'NHS’s', 'CSU', 'ICBs’', 'ICB’s', 'World Health Organization', 'recieve-it', 'press@recieve.co.uk'];
