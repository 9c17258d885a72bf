/**
 * The encoding of an input, decided once for the whole file.
 *
 * The rule, in order:
 *
 * 1. A byte-order mark decides: `EF BB BF` UTF-8, `FF FE` UTF-16 LE, `FE FF` UTF-16 BE.
 * 2. Otherwise the file is UTF-8 unless it is **not** valid UTF-8 **and** holds no valid multi-byte
 *    UTF-8 sequence at all: then it is Windows-1252 (Excel's «CSV» on Spanish Windows). A UTF-8 file
 *    with a stray byte stays UTF-8 (the byte becomes U+FFFD and its row gets a warning); a
 *    Windows-1252 file, whose accented letters (`á` = `E1`, `ñ` = `F1`…) are never followed by the
 *    continuation bytes UTF-8 needs, has no valid multi-byte sequence.
 *
 * Limit of the rule: a Windows-1252 file where an accented capital is followed right away by a symbol
 * of 0x80–0xBF (`Ñ»`, `É°`) holds a valid UTF-8 sequence by chance, is read as UTF-8 and its other
 * accented letters become U+FFFD — each such row with a warning, never silently.
 *
 * A regular file is scanned first ({@link EncodingSniffer} over the whole file, stopping at the
 * first valid multi-byte sequence, which decides UTF-8). A stream that cannot be read twice (standard
 * input, a FIFO, `<(cat archivo)`) is decided on a window: the bytes from its first non-ASCII byte on,
 * up to {@link SNIFF_WINDOW} bytes; evidence past the window does not change the decision.
 *
 * @module
 */

import { isAscii, isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

/**
 * Bytes a stream is looked at, from its first non-ASCII byte on, before its encoding is decided.
 *
 * @example
 * ```ts
 * SNIFF_WINDOW; //=> 1048576
 * ```
 */
export const SNIFF_WINDOW = 1 << 20;

/**
 * A byte-order mark and its encoding.
 *
 * @example
 * ```ts
 * sniffBom(Uint8Array.from([0xff, 0xfe, 0x41, 0])); //=> { encoding: 'utf-16le', length: 2 }
 * ```
 */
export function sniffBom(
  bytes: Uint8Array,
): { readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; readonly length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Length of a valid UTF-8 multi-byte sequence starting at `i` (2 to 4), 0 when the bytes there are
 * not one, or -1 when `b` ends before the sequence could be judged.
 */
function utf8SequenceAt(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0) return 0;
  // The second byte's range excludes overlong forms and surrogates (RFC 3629).
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < need; k++) {
    if (i + k >= b.length) return -1;
    const x = b[i + k] as number;
    if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return 0;
  }
  return need;
}

/**
 * Gathers the evidence of {@link module:encoding}'s rule over successive chunks: whether some byte
 * sequence is not UTF-8, and whether some valid multi-byte sequence was seen (which decides UTF-8).
 *
 * @example
 * ```ts
 * const s = new EncodingSniffer();
 * s.push(Uint8Array.from([0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1])); // «Bogotá» en Windows-1252
 * s.result(); //=> 'windows-1252'
 * ```
 */
export class EncodingSniffer {
  #invalid = false;
  #multiByte = false;
  #carry: Uint8Array | null = null;

  /** True once the evidence decides UTF-8 whatever comes next (a valid multi-byte sequence). */
  get decided(): boolean {
    return this.#multiByte;
  }

  /** Looks at the next chunk. */
  push(chunk: Uint8Array): void {
    if (this.#multiByte) return;
    let b = chunk;
    if (this.#carry !== null) {
      b = new Uint8Array(this.#carry.length + chunk.length);
      b.set(this.#carry);
      b.set(chunk, this.#carry.length);
      this.#carry = null;
    }
    if (isAscii(b)) return;
    if (isUtf8(b)) {
      this.#multiByte = true;
      return;
    }
    for (let i = 0; i < b.length; i++) {
      if ((b[i] as number) < 0x80) continue;
      const n = utf8SequenceAt(b, i);
      if (n === -1) {
        this.#carry = Uint8Array.prototype.slice.call(b, i); // a copy, even of a Buffer
        return;
      }
      if (n > 0) {
        this.#multiByte = true;
        return;
      }
      this.#invalid = true;
    }
  }

  /** The decision on what was pushed (a truncated sequence at the end counts as not UTF-8). */
  result(): 'utf-8' | 'windows-1252' {
    if (this.#multiByte) return 'utf-8';
    return this.#invalid || this.#carry !== null ? 'windows-1252' : 'utf-8';
  }
}

/**
 * Decides the encoding of a whole regular file (the rule of this module): its byte-order mark, else
 * a pass over its bytes that stops at the first valid multi-byte UTF-8 sequence. A pure ASCII file is
 * read to the end (fast: it is checked a chunk at a time).
 *
 * @example
 * ```ts no-run
 * await detectFileEncoding('registro.csv'); //=> 'utf-8'
 * ```
 */
export async function detectFileEncoding(
  path: string,
): Promise<'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const sniffer = new EncodingSniffer();
    let first = true;
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      if (first) {
        first = false;
        const bom = sniffBom(chunk);
        if (bom !== undefined) return bom.encoding;
      }
      sniffer.push(chunk);
      if (sniffer.decided) break;
    }
    return sniffer.result();
  } finally {
    await file.close();
  }
}
