// Decoding a text file's bytes: BOMs first, then UTF-16 without a BOM, then strict UTF-8 (also
// when cut inside its last character), then GB18030; bytes that decode to binary are refused.

import { UnreadableDocumentError } from '../model/document';
import { utf16WithoutBom } from './utf16';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decode bytes of a text file: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableDocumentError('the file is empty', 'empty');
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else if (utf16WithoutBom(bytes)) {
    encoding = utf16WithoutBom(bytes)!;
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== undefined) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      // A UTF-8 file cut inside its last character is still UTF-8, not GB18030.
      const cut = [1, 2, 3]
        .map((n) => strictUtf8(bytes.subarray(0, bytes.length - n)))
        .find((t) => t !== undefined);
      if (cut !== undefined && bytes[bytes.length - 1]! >= 0x80) {
        text = cut;
        encoding = 'utf-8-truncated';
      } else {
        text = new TextDecoder('gb18030').decode(bytes);
        encoding = 'gb18030';
      }
    }
  }
  assertLooksLikeText(text);
  return { text, encoding };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Binary files decode to control characters and replacement characters; refuse them with a reason. */
function assertLooksLikeText(text: string): void {
  if (text.trim() === '') throw new UnreadableDocumentError('the file holds no text', 'empty');
  let bad = 0;
  let cjk = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  if (bad > 8 && bad / sample.length > 0.02) {
    throw new UnreadableDocumentError(
      `binary or undecodable content (${bad} control or invalid characters), not a text report`,
      'binary',
    );
  }
  if (cjk === 0 && /[\u0080-\uffff]/.test(sample) === false && sample.length > 0) {
    // Pure ASCII text is readable; whether it is a report is for the recognisers to say.
    return;
  }
}
