// Test helper: a GBK encoder (Node's TextEncoder writes only UTF-8), built from TextDecoder('gb18030').

export class TextEncoderGb {
  private static table: Map<string, number[]> | undefined;
  encode(text: string): Uint8Array {
    const table = (TextEncoderGb.table ??= TextEncoderGb.build());
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`no GBK code for ${ch}`);
        out.push(...bytes);
      }
    }
    return Uint8Array.from(out);
  }
  private static build(): Map<string, number[]> {
    const decoder = new TextDecoder('gb18030');
    const table = new Map<string, number[]>();
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.from([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    }
    return table;
  }
}
