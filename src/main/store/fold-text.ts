/** Text folded for sorting and matching names: "Zoë Ó Briain" and "zoe o briain" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
