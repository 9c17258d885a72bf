/**
 * Reading the zip container of an `.xlsx` workbook: the central directory (read once, from the end
 * of the file), then each part on demand, inflated as a stream with `node:zlib` (no dependency).
 * Only what a workbook uses: stored and deflated entries, ZIP64 sizes and offsets. Every problem is
 * a {@link PqrsdError} that names the file: a truncated download, an old `.xls`, a password-protected
 * workbook or a file that only carries the `.xlsx` name.
 *
 * @module
 */

import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { PqrsdError } from '../../errors.js';

/** One part of the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

/** An open archive: its entries by name. Close it when done. */
export interface ZipArchive {
  readonly path: string;
  /** The name the user wrote, for messages. */
  readonly label: string;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  close(): Promise<void>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The error for a file that is not a readable workbook.
 *
 * @example
 * ```ts no-run
 * throw notWorkbook('registro.xlsx', 'el archivo está incompleto');
 * ```
 */
export function notWorkbook(label: string, why: string): PqrsdError {
  return new PqrsdError('INVALID_ARGUMENT', `«${label}» no es un libro de Excel (.xlsx) legible: ${why}`, {
    file: label,
  });
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}

/** A ZIP64 extended-information field: the 0xFFFFFFFF values of the fixed record, in order. */
function zip64Values(extra: Buffer, wanted: number): number[] {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let i = 0; i < wanted && p + 4 + 8 * (i + 1) <= p + 4 + len; i++) {
        out.push(Number(extra.readBigUInt64LE(p + 4 + 8 * i)));
      }
      return out;
    }
    p += 4 + len;
  }
  return [];
}

async function centralDirectory(
  fh: FileHandle,
  fileSize: number,
  label: string,
): Promise<{ offset: number; size: number; count: number }> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(fh, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notWorkbook(label, 'el archivo está incompleto o dañado (no termina como un .xlsx)');
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && at >= 20) {
    const loc = tail.subarray(at - 20, at);
    if (loc.readUInt32LE(0) === EOCD64_LOCATOR) {
      const rec = await readAt(fh, Number(loc.readBigUInt64LE(8)), 56);
      if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64)
        throw notWorkbook(label, 'el directorio ZIP64 está dañado');
      count = Number(rec.readBigUInt64LE(32));
      size = Number(rec.readBigUInt64LE(40));
      offset = Number(rec.readBigUInt64LE(48));
    }
  }
  if (offset + size > fileSize || size > 256 * 1024 * 1024)
    throw notWorkbook(label, 'el archivo está incompleto o dañado (el índice del zip no cabe en el archivo)');
  return { offset, size, count };
}

/**
 * Opens an `.xlsx` file and reads its central directory.
 *
 * @example
 * ```ts no-run
 * const zip = await openZip('/tmp/registro.xlsx', 'registro.xlsx');
 * zip.entries.has('xl/workbook.xml'); //=> true
 * await zip.close();
 * ```
 */
export async function openZip(path: string, label: string): Promise<ZipArchive> {
  const fh = await open(path, 'r');
  try {
    const { size: fileSize } = await fh.stat();
    const head = await readAt(fh, 0, 4);
    if (head.length === 4 && OLE_MAGIC.every((b, i) => head[i] === b)) {
      throw notWorkbook(
        label,
        'es un libro .xls antiguo o un .xlsx protegido con contraseña; ábralo en Excel y guárdelo como .xlsx sin contraseña, o como CSV',
      );
    }
    if (head.length < 4 || head.readUInt32LE(0) !== LOCAL) {
      throw notWorkbook(label, 'no es un archivo zip (¿otro formato con la extensión .xlsx?)');
    }
    const dir = await centralDirectory(fh, fileSize, label);
    const buf = await readAt(fh, dir.offset, dir.size);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    while (p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL) {
      const method = buf.readUInt16LE(p + 10);
      let compressedSize = buf.readUInt32LE(p + 20);
      let size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      let headerOffset = buf.readUInt32LE(p + 42);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
      if (size === 0xffffffff || compressedSize === 0xffffffff || headerOffset === 0xffffffff) {
        const extra = buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        const values = zip64Values(extra, 3);
        let k = 0;
        if (size === 0xffffffff) size = values[k++] ?? size;
        if (compressedSize === 0xffffffff) compressedSize = values[k++] ?? compressedSize;
        if (headerOffset === 0xffffffff) headerOffset = values[k++] ?? headerOffset;
      }
      entries.set(name.replace(/^\//, ''), { name, method, compressedSize, size, headerOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    if (entries.size === 0 || (dir.count !== 0xffff && entries.size < dir.count)) {
      throw notWorkbook(label, 'el índice del zip está dañado');
    }
    return { path, label, entries, close: () => fh.close() };
  } catch (error) {
    await fh.close();
    throw error;
  }
}

/**
 * Where the data of an entry starts (after its local header) and checks that it fits in the file.
 */
async function dataStart(zip: ZipArchive, entry: ZipEntry): Promise<number> {
  const fh = await open(zip.path, 'r');
  try {
    const { size: fileSize } = await fh.stat();
    const local = await readAt(fh, entry.headerOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
      throw notWorkbook(zip.label, `la parte «${entry.name}» está dañada`);
    const start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > fileSize)
      throw notWorkbook(zip.label, `el archivo está incompleto (la parte «${entry.name}» está cortada)`);
    if ((local.readUInt16LE(6) & 1) !== 0)
      throw notWorkbook(zip.label, 'está cifrado (protegido con contraseña)');
    return start;
  } finally {
    await fh.close();
  }
}

/**
 * The bytes of one part, inflated as they are read (a few hundred KiB in memory whatever its size).
 * `onCompressed` is told how many compressed bytes were read so far (for a progress bar).
 *
 * @example
 * ```ts no-run
 * for await (const chunk of entryChunks(zip, 'xl/worksheets/sheet1.xml')) console.log(chunk.length);
 * ```
 */
export async function* entryChunks(
  zip: ZipArchive,
  name: string,
  onCompressed?: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  const entry = zip.entries.get(name);
  if (entry === undefined) throw notWorkbook(zip.label, `le falta la parte «${name}»`);
  if (entry.method !== 0 && entry.method !== 8)
    throw notWorkbook(zip.label, `la parte «${name}» usa una compresión no soportada (${entry.method})`);
  const start = await dataStart(zip, entry);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(zip.path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 16,
  });
  let read = 0;
  if (entry.method === 0) {
    for await (const chunk of raw) {
      read += (chunk as Buffer).length;
      onCompressed?.(read);
      yield chunk as Buffer;
    }
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 1 << 16 });
  raw.on('data', (chunk) => {
    read += chunk.length;
    onCompressed?.(read);
  });
  raw.on('error', (error) => inflate.destroy(error));
  raw.pipe(inflate);
  let total = 0;
  try {
    for await (const chunk of inflate) {
      total += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof PqrsdError) throw error;
    throw notWorkbook(zip.label, `la parte «${name}» está dañada (${(error as Error).message})`);
  } finally {
    raw.destroy();
    inflate.destroy();
  }
  if (total === 0 && entry.size > 0) throw notWorkbook(zip.label, `la parte «${name}» está vacía o cortada`);
}

/**
 * A whole part as text (workbook, relationships, styles), refusing one bigger than `max` characters.
 *
 * @example
 * ```ts no-run
 * const xml = await entryText(zip, 'xl/workbook.xml', 1 << 24);
 * ```
 */
export async function entryText(zip: ZipArchive, name: string, max: number): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of entryChunks(zip, name)) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > max) throw notWorkbook(zip.label, `la parte «${name}» es demasiado grande`);
  }
  return text + decoder.decode();
}
