import { ApiError } from '../../shared/api/api-error';
import type { HouseWordEntry, HouseWordSource } from '../../shared/spelling/house-dictionary-schema';
import type { HouseWords } from './house-words';
import type { StoreTransactions } from './store-transactions';

/** The house dictionary (docs/house-dictionary.md), as `store.houseWords`. */
export class StoreHouseWords {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly words: HouseWords,
  ) {}

  /** The house dictionary, in alphabetical order whatever the case. */
  list(): HouseWordEntry[] {
    return this.words.list();
  }

  /** Adds a (validated) word to the house dictionary; one already there, exactly as cased, is left as it was. */
  add(word: string, source: HouseWordSource): { added: boolean; word: HouseWordEntry } {
    return this.tx.write(() => {
      const added = this.words.add(word, source, this.tx.timestamp());
      return { added, word: this.words.get(word)! };
    });
  }

  /** Removes a word (exactly as cased) from the house dictionary; refused when it is not there. */
  remove(word: string): void {
    this.tx.write(() => {
      if (this.words.remove(word)) return;
      const others = this.words.list().filter((entry) => entry.word.toLowerCase() === word.toLowerCase());
      const hint = others.length > 0 ? ` It has ${others.map((entry) => `“${entry.word}”`).join(', ')}: words are kept exactly as cased.` : '';
      throw new ApiError('not_found', `“${word}” is not in the house dictionary, so nothing was removed.${hint}`);
    });
  }
}
