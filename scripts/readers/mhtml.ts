// MHTML reader: a web page saved as a single-file web archive (.mht, .mhtml; what browsers and
// Word's "single file web page" save). The first text/html part is decoded (quoted-printable or
// base64, then its declared charset or the HTML reader's sniffing) and read as HTML.

import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { htmlToBlocks } from './html';
import { decodeHtml } from './html-decode';

/** True when the bytes start like a MIME message holding a multipart/related web archive. */
export function looksLikeMhtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

interface Part {
  headers: string;
  body: string;
}

function parts(message: string): Part[] {
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(message)?.[1];
  if (!boundary) throw new UnreadableDocumentError('a web archive without a MIME boundary', 'corrupt');
  return message
    .split(`--${boundary}`)
    .slice(1)
    .map((chunk) => {
      const split = /\r?\n\r?\n/.exec(chunk);
      if (!split) return { headers: chunk, body: '' };
      return { headers: chunk.slice(0, split.index), body: chunk.slice(split.index + split[0].length) };
    });
}

function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(ch & 0xff);
  }
  return Buffer.from(bytes);
}

export function readMhtml(file: string, bytes: Buffer): DocumentModel {
  // Headers and encoded bodies are ASCII; latin1 keeps any raw 8-bit body bytes as they are.
  const message = bytes.toString('latin1');
  const html = parts(message).find((p) => /Content-Type:\s*text\/html/i.test(p.headers));
  if (!html) throw new UnreadableDocumentError('a web archive without an HTML part', 'corrupt');
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(html.headers)?.[1]?.toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(html.body)
      : encoding === 'base64'
        ? Buffer.from(html.body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(html.body, 'latin1');
  const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(html.headers)?.[1];
  // The part's declared charset goes first, as a <meta> would.
  const withCharset = charset ? Buffer.concat([Buffer.from(`<meta charset="${charset}">`), body]) : body;
  const decoded = decodeHtml(withCharset);
  const blocks = htmlToBlocks(decoded.text);
  if (blocks.length === 0) throw new UnreadableDocumentError('the page holds no readable text', 'empty');
  const notes = [
    'read from a web archive (MHTML)',
    ...(decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding}`]),
  ];
  return { file, format: 'html', encoding: decoded.encoding, blocks, notes };
}
