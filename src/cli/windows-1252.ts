/**
 * Windows-1252 (Excel's «CSV» on Spanish Windows), both ways: bytes 0x00–0x7F and 0xA0–0xFF are
 * the code points of the same number (ISO-8859-1); 0x80–0x9F hold 27 typographic characters (`€`,
 * `…`, `“ ”`, `Š`…) and five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), which decode to the
 * C1 control of the same number and encode back to their byte (as the WHATWG encoding standard does),
 * so that a Windows-1252 file read and written again keeps every byte.
 *
 * @module
 */

/**
 * The code points of bytes 0x80–0x9F (index 0 = byte 0x80).
 *
 * @example
 * ```ts
 * String.fromCharCode(CP1252_HIGH[0]!); //=> '€'
 * ```
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const HIGH_CHARS = CP1252_HIGH.map((c) => String.fromCharCode(c));
const C1_RANGE = /[\x80-\x9f]/g;
/** Code point → byte, for the 32 code points of bytes 0x80–0x9F. */
const HIGH_BYTES = new Map(CP1252_HIGH.map((c, i) => [c, 0x80 + i]));
/** A character that is not its own byte: outside ASCII and 0xA0–0xFF. */
const NOT_LATIN1_BYTE = /[^\x00-\x7f\xa0-\xff]/;

/**
 * Decodes Windows-1252 bytes to a string.
 *
 * @example
 * ```ts
 * decodeWindows1252(Uint8Array.from([0x50, 0xe9, 0x80])); //=> 'Pé€'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return C1_RANGE.test(latin1)
    ? latin1.replace(C1_RANGE, (c) => HIGH_CHARS[c.charCodeAt(0) - 0x80]!)
    : latin1;
}

/**
 * The Windows-1252 byte of a character (a UTF-16 code unit), or `undefined` when it has none.
 *
 * @example
 * ```ts
 * windows1252Byte('€'.charCodeAt(0)); //=> 128
 * windows1252Byte('ř'.charCodeAt(0)); //=> undefined
 * ```
 */
export function windows1252Byte(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return HIGH_BYTES.get(code);
}

/**
 * Encodes a string in Windows-1252. A character that has no byte (`ř`, `→`, an emoji: one character
 * even when it takes two UTF-16 code units) is handed to `unmappable` with its index in `text`, which
 * returns the byte to write instead (`0x3F`, «?») or throws.
 *
 * @example
 * ```ts
 * [...encodeWindows1252('Bogotá €', () => 0x3f)]; //=> [66, 111, 103, 111, 116, 225, 32, 128]
 * encodeWindows1252('Dvořák', () => 0x3f).toString('latin1'); //=> 'Dvo?ák'
 * ```
 */
export function encodeWindows1252(text: string, unmappable: (index: number) => number): Buffer {
  if (!NOT_LATIN1_BYTE.test(text)) return Buffer.from(text, 'latin1');
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = windows1252Byte(code);
    if (byte !== undefined) {
      out[n++] = byte;
      continue;
    }
    out[n++] = unmappable(i);
    // A surrogate pair is one character: one replacement.
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return out.subarray(0, n);
}
