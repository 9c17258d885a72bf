/**
 * Writing a zip archive as a stream (for the `.xlsx` output): each part is deflated in blocks with
 * `node:zlib` as it is written, followed by a data descriptor, so a part of any length never sits
 * whole in memory. Each block is deflated on its own and ends with a sync flush; the blocks together
 * are one valid deflate stream, closed by an empty final block.
 *
 * @module
 */

import { constants, deflateRawSync } from 'node:zlib';
import { PqrsdError } from '../../errors.js';

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * Updates a CRC-32 (the zip checksum) with bytes; start with 0.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')).toString(16); //=> 'cbf43926'
 * ```
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Where written bytes go; a promise asks the writer to wait (backpressure). */
export type ByteSink = (chunk: Uint8Array) => Promise<void> | undefined;

interface Written {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
const BLOCK = 1 << 20;
/** Sizes and offsets past this need ZIP64, which this writer does not write. */
const MAX_32 = 0xffffffff;

/**
 * A streaming zip writer.
 *
 * @example
 * ```ts no-run
 * const zip = new ZipWriter((chunk) => write(stream, chunk));
 * await zip.file('a.txt', 'hola');
 * await zip.finish();
 * ```
 */
export class ZipWriter {
  readonly #sink: ByteSink;
  #offset = 0;
  readonly #done: Written[] = [];
  #open: {
    name: Buffer;
    offset: number;
    crc: number;
    compressed: number;
    size: number;
    buffer: string[];
    buffered: number;
  } | null = null;

  constructor(sink: ByteSink) {
    this.#sink = sink;
  }

  async #emit(bytes: Uint8Array): Promise<void> {
    this.#offset += bytes.length;
    if (this.#offset > MAX_32)
      throw new PqrsdError('INVALID_ARGUMENT', 'el informe .xlsx pasaría de 4 GiB: use --formato csv');
    await this.#sink(bytes);
  }

  /** Starts a part; write its text with {@link ZipWriter.write}, then {@link ZipWriter.end}. */
  async begin(name: string): Promise<void> {
    if (this.#open !== null) throw new Error(`zip: la parte ${this.#open.name} sigue abierta`);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0808, 6); // data descriptor, UTF-8 name
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(0x21, 12); // date: 1980-01-01 (no clock is read)
    header.writeUInt16LE(nameBytes.length, 26);
    const offset = this.#offset;
    await this.#emit(Buffer.concat([header, nameBytes]));
    this.#open = { name: nameBytes, offset, crc: 0, compressed: 0, size: 0, buffer: [], buffered: 0 };
  }

  /** Writes text to the open part (deflated in blocks of about 1 MiB). */
  write(text: string): Promise<void> | undefined {
    const open = this.#open!;
    open.buffer.push(text);
    open.buffered += text.length;
    return open.buffered >= BLOCK ? this.#flushBlock() : undefined;
  }

  async #flushBlock(): Promise<void> {
    const open = this.#open!;
    if (open.buffered === 0) return;
    const bytes = Buffer.from(open.buffer.join(''), 'utf8');
    open.buffer = [];
    open.buffered = 0;
    open.crc = crc32(bytes, open.crc);
    open.size += bytes.length;
    if (open.size > MAX_32)
      throw new PqrsdError('INVALID_ARGUMENT', 'el informe .xlsx pasaría de 4 GiB: use --formato csv');
    const deflated = deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
    open.compressed += deflated.length;
    await this.#emit(deflated);
  }

  /** Ends the open part: its last block, the final deflate block and the data descriptor. */
  async end(): Promise<void> {
    await this.#flushBlock();
    const open = this.#open!;
    await this.#emit(FINAL_EMPTY_BLOCK);
    open.compressed += FINAL_EMPTY_BLOCK.length;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(open.crc, 4);
    descriptor.writeUInt32LE(open.compressed, 8);
    descriptor.writeUInt32LE(open.size, 12);
    await this.#emit(descriptor);
    this.#done.push(open);
    this.#open = null;
  }

  /** A whole part at once. */
  async file(name: string, text: string): Promise<void> {
    await this.begin(name);
    await this.write(text);
    await this.end();
  }

  /** Writes the central directory: the archive is complete. */
  async finish(): Promise<void> {
    const start = this.#offset;
    const records: Buffer[] = [];
    for (const f of this.#done) {
      const rec = Buffer.alloc(46);
      rec.writeUInt32LE(0x02014b50, 0);
      rec.writeUInt16LE(20, 4);
      rec.writeUInt16LE(20, 6);
      rec.writeUInt16LE(0x0808, 8);
      rec.writeUInt16LE(8, 10);
      rec.writeUInt16LE(0, 12);
      rec.writeUInt16LE(0x21, 14);
      rec.writeUInt32LE(f.crc, 16);
      rec.writeUInt32LE(f.compressed, 20);
      rec.writeUInt32LE(f.size, 24);
      rec.writeUInt16LE(f.name.length, 28);
      rec.writeUInt32LE(f.offset, 42);
      records.push(rec, f.name);
    }
    const dir = Buffer.concat(records);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#done.length, 8);
    end.writeUInt16LE(this.#done.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(start, 16);
    await this.#emit(Buffer.concat([dir, end]));
  }
}
