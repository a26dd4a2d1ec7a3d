import { open } from "node:fs/promises";

/**
 * Checks an XLSX (a ZIP archive) before anything unpacks it: its central directory says how
 * large each part becomes when unpacked. A "zip bomb" (a small file that unpacks to gigabytes)
 * is refused here, so the reader never starts on it.
 */
export type ZipVerdict =
  | { ok: true; entries: string[] }
  | { ok: false; reason: "notZip" | "tooLarge" | "ratio" | "tooManyEntries" };

/** Unpacked, an import file may hold at most this much (a million-row sheet is about 400 MB). */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
/** Real spreadsheets compress 5–20 times; far more than this means a crafted archive. */
const MAX_RATIO = 200;
const MAX_ENTRIES = 5000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export async function inspectZip(path: string): Promise<ZipVerdict> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    // The end-of-directory record is in the last 22 bytes plus a comment of up to 64 KiB.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) return { ok: false, reason: "notZip" };
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count > MAX_ENTRIES) return { ok: false, reason: "tooManyEntries" };
    if (directoryOffset + directorySize > size) return { ok: false, reason: "notZip" };
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);

    const entries: string[] = [];
    let unpacked = 0;
    let offset = 0;
    for (let n = 0; n < count; n++) {
      if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== DIRECTORY_ENTRY)
        return { ok: false, reason: "notZip" };
      const compressed = directory.readUInt32LE(offset + 20);
      const uncompressed = directory.readUInt32LE(offset + 24);
      const nameLength = directory.readUInt16LE(offset + 28);
      const extraLength = directory.readUInt16LE(offset + 30);
      const commentLength = directory.readUInt16LE(offset + 32);
      // ZIP64 (sizes 0xFFFFFFFF) is never needed for a spreadsheet we accept.
      if (compressed === 0xffffffff || uncompressed === 0xffffffff)
        return { ok: false, reason: "tooLarge" };
      entries.push(directory.toString("utf8", offset + 46, offset + 46 + nameLength));
      unpacked += uncompressed;
      if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, reason: "tooLarge" };
      if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > MAX_RATIO)
        return { ok: false, reason: "ratio" };
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return { ok: true, entries };
  } finally {
    await file.close();
  }
}
