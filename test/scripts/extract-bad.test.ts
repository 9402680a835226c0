// Every kind of bad input through the real pipeline (readers, recognisers, checks): each gets a
// message naming the file and the reason, and is quarantined or partial; a GB18030 report is decoded
// and yields exactly what its UTF-8 original yields.
//
// The fixtures in test/fixtures/bad: report-utf8.txt is a small report-like text;
// report-gb18030.txt = `iconv -f UTF-8 -t GB18030 report-utf8.txt`; report-truncated.txt is
// report-utf8.txt cut one byte into a character of its spending paragraph; garbage.txt is 4 KB of
// pseudo-random bytes; empty.txt is empty; not-a-report.txt is a school notice.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll, extractFile } from '../../scripts/extract';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'bad');
const fixture = (name: string) => extractFile(path.join(FIXTURES, name));

describe('bad input through the real extractor', () => {
  it('quarantines an empty file', async () => {
    const doc = await fixture('empty.txt');
    expect(doc).toMatchObject({ status: 'quarantined', records: [] });
    expect(doc.errors[0]!.message).toMatch(/^empty\.txt: .*empty/);
  });

  it('quarantines binary garbage', async () => {
    const doc = await fixture('garbage.txt');
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.message).toMatch(/^garbage\.txt: .*(binary|undecodable)/);
  });

  it('keeps a readable text in which nothing was recognised as partial, with its reason and its text', async () => {
    const doc = await fixture('not-a-report.txt');
    expect(doc.status).toBe('partial');
    expect(doc.errors[0]).toMatchObject({ code: 'unrecognised' });
    expect(doc.errors[0]!.message).toMatch(
      /^not-a-report\.txt: no budget figure, score, project or scoring table/,
    );
    expect(doc.text?.length).toBeGreaterThan(0);
    expect(doc.encoding).toBe('utf-8');
  });

  it('decodes a GB18030 report and reads the same records as from its UTF-8 original', async () => {
    const gb = await fixture('report-gb18030.txt');
    const utf8 = await fixture('report-utf8.txt');
    expect(gb.status).not.toBe('quarantined');
    expect(gb.encoding).toBe('gb18030');
    expect(utf8.records.length).toBeGreaterThan(0);
    expect(gb.records).toEqual(utf8.records);
    expect(gb.status).toBe(utf8.status);
  });

  it('marks a truncated report partial, naming the file and the reason, and keeps what it could read', async () => {
    const doc = await fixture('report-truncated.txt');
    expect(doc.status).toBe('partial');
    const truncated = doc.errors.find((e) => e.code === 'truncated');
    expect(truncated?.message).toMatch(/^report-truncated\.txt: looks truncated/);
    expect(doc.records.length).toBeGreaterThan(0);
  });

  it('extracts a whole directory: one document per file, the bad ones set aside, the rest read', async () => {
    const out = await extractAll([FIXTURES]);
    expect(out.schema).toBe('evaluation-record/1');
    expect(out.documents.map((d) => [d.file, d.status])).toEqual([
      ['empty.txt', 'quarantined'],
      ['garbage.txt', 'quarantined'],
      ['not-a-report.txt', 'partial'],
      ['report-gb18030.txt', 'ok'],
      ['report-truncated.txt', 'partial'],
      ['report-utf8.txt', 'ok'],
    ]);
  });
});
