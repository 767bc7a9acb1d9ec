/**
 * The zip container of an .xlsx, read and written at the byte level with
 * Node's zlib (PKWARE APPNOTE 6.3.x, §4.3): an entry left alone is copied
 * as it was (local header, compressed data and data descriptor, byte for
 * byte, at its place in the file); only a replaced entry is deflated anew.
 * Zip64 is not needed for a tracker and is refused.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** The central directory record as stored (46 bytes + name + extra + comment). */
  readonly record: Buffer;
  /** This entry's bytes in the file: local header through data descriptor. */
  readonly local: Buffer;
  readonly method: number;
  /** The compressed data alone. */
  readonly data: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries in file order, and the archive comment. */
export function readZip(bytes: Buffer): { entries: ZipEntry[]; comment: Buffer } {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || bytes.readUInt32LE(eocd) !== EOCD) throw new Error('it is not a zip package');
  const count = bytes.readUInt16LE(eocd + 10);
  const cdStart = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) throw new Error('it is a Zip64 package, which a tracker never needs');
  const records: { name: string; record: Buffer; offset: number; size: number; method: number }[] = [];
  for (let at = cdStart, n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== CENTRAL) throw new Error('its zip directory is damaged');
    const length = 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const utf8 = (bytes.readUInt16LE(at + 8) & 0x800) !== 0;
    const name = bytes.toString(utf8 ? 'utf8' : 'latin1', at + 46, at + 46 + bytes.readUInt16LE(at + 28));
    records.push({
      name,
      record: bytes.subarray(at, at + length),
      offset: bytes.readUInt32LE(at + 42),
      size: bytes.readUInt32LE(at + 20),
      method: bytes.readUInt16LE(at + 10),
    });
    at += length;
  }
  const starts = records.map((record) => record.offset).sort((a, b) => a - b);
  const entries = records
    .sort((a, b) => a.offset - b.offset)
    .map(({ name, record, offset, size, method }, index) => {
      if (bytes.readUInt32LE(offset) !== LOCAL) throw new Error(`its entry ${name} is damaged`);
      const dataStart = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
      const end = starts[index + 1] ?? cdStart;
      return { name, record, method, local: bytes.subarray(offset, end), data: bytes.subarray(dataStart, dataStart + size) };
    });
  return { entries, comment: bytes.subarray(eocd + 22, eocd + 22 + bytes.readUInt16LE(eocd + 20)) };
}

/** An entry's uncompressed bytes (stored or deflated, the two methods OOXML packages use). */
export function inflateEntry(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return inflateRawSync(entry.data);
  throw new Error(`its entry ${entry.name} uses zip method ${entry.method}`);
}

/**
 * A zip of `entries` in order: each kept entry's bytes as they were, each
 * name in `replaced` deflated from its new content (a name not among the
 * entries is added at the end).
 */
export function writeZip(entries: readonly ZipEntry[], replaced: ReadonlyMap<string, Buffer>, comment: Buffer): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  const names = new Set(entries.map((entry) => entry.name));
  const added = [...replaced.keys()].filter((name) => !names.has(name)).map((name) => ({ name, record: undefined }));
  for (const entry of [...entries, ...added]) {
    const content = replaced.get(entry.name);
    if (content === undefined && entry.record !== undefined && 'local' in entry) {
      const record = Buffer.from(entry.record);
      record.writeUInt32LE(offset, 42);
      chunks.push(entry.local);
      directory.push(record);
      offset += entry.local.length;
      continue;
    }
    const { local, record } = deflatedEntry(entry.name, content!, entry.record, offset);
    chunks.push(local);
    directory.push(record);
    offset += local.length;
  }
  const cd = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...chunks, cd, end, comment]);
}

/** A new local header + data, and its directory record (the old record's attributes kept when there was one). */
function deflatedEntry(name: string, content: Buffer, old: Buffer | undefined, offset: number): { local: Buffer; record: Buffer } {
  // Level 1: most of the size win at a fraction of the default level's time.
  const data = deflateRawSync(content, { level: 1 });
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x800, 6); // UTF-8 name, sizes in the header (no data descriptor)
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(old?.readUInt16LE(12) ?? 0, 10);
  local.writeUInt16LE(old?.readUInt16LE(14) ?? 0x21, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(CENTRAL, 0);
  record.writeUInt16LE(old?.readUInt16LE(4) ?? 20, 4);
  local.copy(record, 6, 4, 30); // version needed … name length, as in the local header
  record.writeUInt32LE(old?.readUInt32LE(38) ?? 0, 38);
  record.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, nameBytes, data]), record: Buffer.concat([record, nameBytes]) };
}
