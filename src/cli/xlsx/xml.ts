/**
 * A small streaming XML tokenizer for the parts of a workbook (SpreadsheetML is plain, regular XML:
 * no DTD, no entities beyond the five predefined ones and character references). Text arrives in
 * chunks; tags and text split across chunks are held until complete. Element names are given without
 * their namespace prefix (`x:row` → `row`), so workbooks written with prefixed elements read the same.
 *
 * @module
 */

/**
 * What the tokenizer reports. Text is delivered (entities decoded, possibly in several pieces) only
 * while `wantText` is true: the sheet reader asks for the text of `<v>` and `<t>`, nothing else.
 */
export interface XmlVisitor {
  wantText: boolean;
  /** A start tag (`tag` is the text between `<` and `>`, for {@link attr}); `empty` for `<x/>`. */
  open(name: string, tag: string, empty: boolean): void;
  /** An end tag (not called for empty-element tags). */
  close(name: string): void;
  /** Character data (decoded). */
  text(value: string): void;
}

/** Thrown by the tokenizer on malformed input; the reader turns it into a PqrsdError with the file. */
export class XmlError extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(_m: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body]!;
  const code = body.charCodeAt(1) === 120 ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Decodes the predefined entities and character references.
 *
 * @example
 * ```ts
 * decodeXml('a &amp; b &#233;'); //=> 'a & b é'
 * ```
 */
export function decodeXml(raw: string): string {
  return raw.indexOf('&') < 0 ? raw : raw.replace(ENTITY, entity);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decodes SpreadsheetML's `_xHHHH_` escapes (control characters such as `_x000D_`; `_x005F_` is `_`).
 *
 * @example
 * ```ts
 * decodeOoxmlEscapes('a_x000D_b'); //=> 'a\rb'
 * ```
 */
export function decodeOoxmlEscapes(value: string): string {
  return value.indexOf('_x') < 0
    ? value
    : value.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The value of an attribute in a tag's text (entities decoded), or `undefined`.
 *
 * @example
 * ```ts
 * attr('c r="B2" t="s"', 't'); //=> 's'
 * ```
 */
export function attr(tag: string, name: string): string | undefined {
  const start = attrStart(tag, name);
  if (start < 0) return undefined;
  const end = tag.indexOf(tag.charAt(start - 1), start);
  return end < 0 ? undefined : decodeXml(tag.slice(start, end));
}

/**
 * Where the value of an attribute starts in a tag's text (after the opening quote), or -1; the value
 * ends at the next same quote.
 */
export function attrStart(tag: string, name: string): number {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return -1;
    from = at + name.length;
    if (at === 0 || !isSpace(tag.charCodeAt(at - 1))) continue;
    let p = from;
    while (isSpace(tag.charCodeAt(p))) p++;
    if (tag.charCodeAt(p) !== 61) continue; // '='
    p++;
    while (isSpace(tag.charCodeAt(p))) p++;
    const quote = tag.charCodeAt(p);
    return quote === 34 || quote === 39 ? p + 1 : -1;
  }
}

/** The local name of an element (without prefix) from the tag text; common names without copying. */
function nameOf(tag: string, start: number): string {
  let end = start;
  let colon = -1;
  for (; end < tag.length; end++) {
    const c = tag.charCodeAt(end);
    if (isSpace(c) || c === 47 || c === 62) break;
    if (c === 58) colon = end;
  }
  const from = colon < 0 ? start : colon + 1;
  const length = end - from;
  if (length === 1) {
    const c = tag.charCodeAt(from);
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 116) return 't';
    if (c === 102) return 'f';
    if (c === 114) return 'r';
  } else if (length === 3 && tag.startsWith('row', from)) return 'row';
  else if (length === 2 && tag.startsWith('si', from)) return 'si';
  return tag.slice(from, end);
}

/** Most characters held while waiting for the end of a tag or a text. */
const MAX_PENDING = 1 << 25;

/**
 * The tokenizer. `push` text chunks, then `end`.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * const t = new XmlTokenizer({ wantText: false, open: (n) => names.push(n), close() {}, text() {} });
 * t.push('<a><x:b/></a>');
 * t.end();
 * names; //=> ['a', 'b']
 * ```
 */
export class XmlTokenizer {
  #rest = '';
  readonly #v: XmlVisitor;
  constructor(visitor: XmlVisitor) {
    this.#v = visitor;
  }

  push(chunk: string): void {
    const buf = this.#rest === '' ? chunk : this.#rest + chunk;
    const v = this.#v;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos && v.wantText) v.text(decodeXml(buf.slice(pos, lt)));
      pos = lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) break;
      if (c1 === 33 || c1 === 63) {
        // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE >, <? ?>
        const cdata = buf.startsWith('<![CDATA[', lt);
        const closer = cdata ? ']]>' : buf.startsWith('<!--', lt) ? '-->' : '>';
        if (!cdata && c1 === 33 && lt + 4 > n) break;
        const end = buf.indexOf(closer, lt + 2);
        if (end < 0) break;
        if (cdata && v.wantText) v.text(buf.slice(lt + 9, end));
        pos = end + closer.length;
        continue;
      }
      // The end of the tag: the first '>' outside quotes.
      let gt = -1;
      let quote = 0;
      for (let i = lt + 1; i < n; i++) {
        const c = buf.charCodeAt(i);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 62) {
          gt = i;
          break;
        } else if (c === 34 || c === 39) quote = c;
      }
      if (gt < 0) break;
      const tag = buf.slice(lt + 1, gt);
      if (c1 === 47) {
        v.close(nameOf(tag, 1));
      } else {
        const empty = tag.charCodeAt(tag.length - 1) === 47;
        const name = nameOf(tag, 0);
        if (name === '') throw new XmlError(`etiqueta sin nombre cerca de «${tag.slice(0, 40)}»`);
        v.open(name, tag, empty);
      }
      pos = gt + 1;
    }
    this.#rest = pos < n ? buf.slice(pos) : '';
    if (this.#rest.length > MAX_PENDING) throw new XmlError('una etiqueta o un texto no termina');
  }

  /** Ends the input; throws when a tag was left open. */
  end(): void {
    if (this.#rest.trim().startsWith('<')) throw new XmlError('el XML termina a la mitad de una etiqueta');
    this.#rest = '';
  }
}
