// GBK encoding for the demo corpus's GBK text files. Node decodes GBK (TextDecoder) but does not
// encode it, so the encoder is the decoder's table turned around: every two-byte GBK code is
// decoded once and remembered by the character it gives. No dependency needed.

let table: Map<string, number> | undefined;

function encoderTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** Encode text as GBK; a character GBK lacks is written as "?" (the reports use none). */
export function encodeGbk(text: string): Buffer {
  const map = encoderTable();
  const out = Buffer.alloc(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const code = map.get(ch);
    if (code === undefined) {
      out[n++] = 0x3f;
    } else {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.subarray(0, n);
}
