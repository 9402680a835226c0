// A minimal reader of OLE2 (Compound File Binary) containers, enough to look inside a .doc or .xls
// before its reader runs: the directory, and the first bytes of a named stream through the FAT (or
// the mini FAT for small streams). Every offset is checked against the buffer; a damaged container
// gives undefined rather than an exception, and loops in a sector chain end at a bound.

const FREE = 0xffffffff;
const END = 0xfffffffe;

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export class Ole2 {
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: number[];
  readonly entries: Entry[];

  private constructor(private readonly bytes: Buffer) {
    this.sectorSize = 1 << bytes.readUInt16LE(0x1e);
    this.miniSectorSize = 1 << bytes.readUInt16LE(0x20);
    this.miniCutoff = bytes.readUInt32LE(0x38);
    this.fat = this.readFat();
    this.entries = this.readDirectory(bytes.readUInt32LE(0x30));
  }

  /** The container, or undefined when the bytes are not a readable OLE2 file. */
  static open(bytes: Buffer): Ole2 | undefined {
    if (bytes.length < 512 || bytes.readUInt32LE(0) !== 0xe011cfd0 || bytes.readUInt32LE(4) !== 0xe11ab1a1)
      return undefined;
    const shift = bytes.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) return undefined;
    try {
      return new Ole2(bytes);
    } catch {
      return undefined;
    }
  }

  private sector(n: number): Buffer {
    const at = (n + 1) * this.sectorSize;
    if (at + this.sectorSize > this.bytes.length) throw new RangeError(`sector ${n} past the end`);
    return this.bytes.subarray(at, at + this.sectorSize);
  }

  private readFat(): number[] {
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = this.bytes.readUInt32LE(0x4c + i * 4);
      if (s === FREE || s === END) break;
      fatSectors.push(s);
    }
    let difat = this.bytes.readUInt32LE(0x44);
    for (let guard = 0; difat !== END && difat !== FREE && guard < 1000; guard++) {
      const sec = this.sector(difat);
      for (let i = 0; i < this.sectorSize / 4 - 1; i++) {
        const s = sec.readUInt32LE(i * 4);
        if (s !== FREE && s !== END) fatSectors.push(s);
      }
      difat = sec.readUInt32LE(this.sectorSize - 4);
    }
    const fat: number[] = [];
    for (const s of fatSectors) {
      const sec = this.sector(s);
      for (let i = 0; i < this.sectorSize; i += 4) fat.push(sec.readUInt32LE(i));
    }
    return fat;
  }

  private chain(start: number, table: number[], limit: number): number[] {
    const out: number[] = [];
    for (let s = start; s !== END && s !== FREE && s < table.length && out.length < limit; s = table[s]!)
      out.push(s);
    return out;
  }

  private readDirectory(start: number): Entry[] {
    const entries: Entry[] = [];
    for (const s of this.chain(start, this.fat, 10_000)) {
      const sec = this.sector(s);
      for (let at = 0; at + 128 <= sec.length; at += 128) {
        const nameLength = sec.readUInt16LE(at + 0x40);
        const name = sec.subarray(at, at + Math.max(0, Math.min(64, nameLength) - 2)).toString('utf16le');
        entries.push({
          name,
          type: sec[at + 0x42]!,
          start: sec.readUInt32LE(at + 0x74),
          size: sec.readUInt32LE(at + 0x78),
        });
      }
    }
    return entries;
  }

  /** The first `max` bytes of the named stream (or fewer, when it is shorter); undefined if absent. */
  stream(name: string, max = 4096): Buffer | undefined {
    const entry = this.entries.find((e) => e.type === 2 && e.name === name);
    if (!entry) return undefined;
    const want = Math.min(entry.size, max);
    if (entry.size >= this.miniCutoff) {
      const sectors = this.chain(entry.start, this.fat, Math.ceil(want / this.sectorSize));
      return Buffer.concat(sectors.map((s) => this.sector(s))).subarray(0, want);
    }
    // A small stream lives in the mini stream (held by the root entry), addressed through the mini FAT.
    const root = this.entries[0];
    if (!root) return undefined;
    const miniFat: number[] = [];
    for (const s of this.chain(this.bytes.readUInt32LE(0x3c), this.fat, 10_000)) {
      const sec = this.sector(s);
      for (let i = 0; i < this.sectorSize; i += 4) miniFat.push(sec.readUInt32LE(i));
    }
    const miniStream = Buffer.concat(this.chain(root.start, this.fat, 100_000).map((s) => this.sector(s)));
    const minis = this.chain(entry.start, miniFat, Math.ceil(want / this.miniSectorSize));
    return Buffer.concat(
      minis.map((m) => miniStream.subarray(m * this.miniSectorSize, (m + 1) * this.miniSectorSize)),
    ).subarray(0, want);
  }
}
