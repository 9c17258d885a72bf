/**
 * The shared-strings table of a workbook (`xl/sharedStrings.xml`): every distinct text of the book,
 * which cells point to by index. It has to be held in memory (a cell may point anywhere), so it is
 * kept compact: the strings joined in blocks of {@link BLOCK}, with their offsets in one typed array,
 * about the size of the text itself plus four bytes a string. Rich-text runs are joined; phonetic
 * guides (`<rPh>`) are left out.
 *
 * @module
 */

import { decodeOoxmlEscapes, XmlTokenizer } from './xml.js';

const BLOCK = 4096;

/**
 * A compact, append-only list of strings.
 *
 * @example
 * ```ts
 * const t = new SharedStrings();
 * t.add('Petición');
 * t.end();
 * t.get(0); //=> 'Petición'
 * ```
 */
export class SharedStrings {
  #blocks: string[] = [];
  #pending: string[] = [];
  #pendingLength = 0;
  #offsets = new Uint32Array(1024);
  #count = 0;

  get size(): number {
    return this.#count;
  }

  add(value: string): void {
    if (this.#count === this.#offsets.length) {
      const bigger = new Uint32Array(this.#offsets.length * 2);
      bigger.set(this.#offsets);
      this.#offsets = bigger;
    }
    this.#offsets[this.#count++] = this.#pendingLength;
    this.#pending.push(value);
    this.#pendingLength += value.length;
    if (this.#pending.length === BLOCK) this.#flush();
  }

  #flush(): void {
    // join() copies: no string of the table keeps a chunk of the file alive.
    this.#blocks.push(this.#pending.join(''));
    this.#pending = [];
    this.#pendingLength = 0;
  }

  /** Ends the table (flushes the last block). */
  end(): void {
    if (this.#pending.length > 0) this.#flush();
  }

  /** The string at `index`, or `undefined` when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.#count)) return undefined;
    const block = this.#blocks[Math.floor(index / BLOCK)];
    if (block === undefined) return undefined;
    const start = this.#offsets[index]!;
    const end =
      (index + 1) % BLOCK === 0 || index + 1 === this.#count ? block.length : this.#offsets[index + 1]!;
    return block.slice(start, end);
  }
}

/**
 * A tokenizer that fills a {@link SharedStrings} table from the XML of `sharedStrings.xml`.
 *
 * @example
 * ```ts
 * const table = new SharedStrings();
 * const t = sharedStringsTokenizer(table);
 * t.push('<sst><si><t>Queja</t></si><si><r><t>Re</t></r><r><t>clamo</t></r></si></sst>');
 * t.end();
 * table.end();
 * table.get(1); //=> 'Reclamo'
 * ```
 */
export function sharedStringsTokenizer(table: SharedStrings): XmlTokenizer {
  let current = '';
  let inItem = false;
  let phonetic = 0;
  const visitor = {
    wantText: false,
    open(name: string, _tag: string, empty: boolean) {
      if (name === 'si') {
        current = '';
        inItem = true;
        if (empty) {
          table.add('');
          inItem = false;
        }
      } else if (name === 'rPh') {
        if (!empty) phonetic++;
      } else if (name === 't' && inItem && phonetic === 0 && !empty) {
        visitor.wantText = true;
      }
    },
    close(name: string) {
      if (name === 't') visitor.wantText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && inItem) {
        table.add(decodeOoxmlEscapes(current));
        inItem = false;
      }
    },
    text(value: string) {
      current += value;
    },
  };
  return new XmlTokenizer(visitor);
}
