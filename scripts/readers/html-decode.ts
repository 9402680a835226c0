// Decoding an HTML page's bytes to text: a BOM, then strict UTF-8, then the charset the page
// declares, then GB18030 (what older government sites serve as GBK or GB2312).

import { UnreadableDocumentError } from '../model/document';

/** Decodes a page: BOM, then strict UTF-8, then the declared <meta charset>, then GB18030 (GBK/GB2312). */
export function decodeHtml(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length === 0) throw new UnreadableDocumentError('the file is empty', 'empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  // Bytes that are valid UTF-8 are UTF-8 whatever the page declares: GBK text with Chinese in it
  // is practically never valid UTF-8, while pages re-encoded to UTF-8 often keep their old gb2312 label.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the declared charset, else GB18030 (a superset of GBK and GB2312).
  }
  // Pages with long inline scripts in <head> declare their charset late: look well past the first 1 kB.
  const head = bytes.subarray(0, 32768).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const isChinese =
    declared !== undefined && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(declared);
  if (declared && !isChinese && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // An unknown label: fall through to GB18030.
    }
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
