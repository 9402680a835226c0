// The extractor pipeline for one file, with a stand-in recogniser (records written into the file) and
// stand-in checks, through the real readers: statuses, reasons, provenance of failures, the walker.

import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationRecord, Finding } from '../../scripts/model/record';
import { makeRecord, reportText, sampleRecord, tempDir } from './load/helpers';

const recogniser = vi.hoisted(() => ({ impl: undefined as undefined | ((doc: unknown) => unknown) }));
vi.mock('../../scripts/recognise/index', async () => {
  const { recogniseFromMarker: fromMarker } = await import('./load/helpers');
  const records = (doc: never) => (recogniser.impl ? recogniser.impl(doc) : fromMarker(doc)) as unknown[];
  return {
    recogniseReadings: (doc: never) => records(doc).map((record) => ({ record, reading: undefined })),
  };
});
vi.mock('../../scripts/checks/index', () => ({
  checkRecord: (rec: EvaluationRecord): Finding[] =>
    rec.overall.score && Number(rec.overall.score) > 90 && Number(rec.overall.execution_rate) < 70
      ? [{ code: 'high_score_low_execution', severity: 'warning', message: 'high score, low execution' }]
      : [],
}));

const { PARSER_VERSION, extractBuffer, extractFile, listInputFiles } = await import('../../scripts/extract');
const { MAX_FILE_BYTES } = await import('../../scripts/extraction/input');
const { cutIncompleteUtf8Tail } = await import('../../scripts/extraction/partial');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'bad');

beforeEach(() => {
  recogniser.impl = undefined;
});

describe('extractFile', () => {
  it('reads, recognises and checks a report, appending the findings to its record', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, reportText([sampleRecord()]));
    const doc = await extractFile(file);
    expect(doc.status).toBe('ok');
    expect(doc.file).toBe('a.txt');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.format).toBe('text');
    expect(doc.records).toHaveLength(1);
    expect(doc.records[0]!.overall.budget).toBe('1308.05');
    expect(doc.records[0]!.findings.map((f) => f.code)).toEqual(['high_score_low_execution']);
    expect(doc.errors).toEqual([]);
    expect(PARSER_VERSION).toMatch(/^1\+[0-9a-f]{12}$/);
  });

  it('quarantines an empty file, naming the file and the reason', async () => {
    const doc = await extractFile(path.join(FIXTURES, 'empty.txt'));
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.code).toBe('empty');
    expect(doc.errors[0]!.message).toMatch(/^empty\.txt: .*empty/);
  });

  it('quarantines a file holding only white space', async () => {
    const doc = await extractBuffer('blank.txt', Buffer.from(' \n\t\n  \n'));
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.message).toMatch(/^blank\.txt: /);
  });

  it('quarantines binary garbage as unreadable, whatever its extension says', async () => {
    const doc = await extractFile(path.join(FIXTURES, 'garbage.txt'));
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.message).toMatch(/^garbage\.txt: /);
    expect(doc.errors[0]!.message).toMatch(/binary|undecodable|unreadable|garbage/i);
  });

  it('decodes GB18030 text instead of rejecting it', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'r.txt');
    writeFileSync(src, reportText([sampleRecord({ unit: { name: '信丰县教育局', county: '信丰县' } })]));
    const gbBytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', src]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbBytes)).toThrow();
    const doc = await extractBuffer('gb.txt', gbBytes);
    expect(doc.status).toBe('ok');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.records[0]!.unit.name).toBe('信丰县教育局');
  });

  it('marks a document cut inside a character as partial (truncated) and still reads what is there', async () => {
    const full = Buffer.from(reportText([sampleRecord()]) + '四、存在的问题\n\n部分项目执行进度偏慢');
    const cut = full.subarray(0, full.length - 1); // one byte short: inside the last character
    const doc = await extractBuffer('cut.txt', cut);
    expect(doc.status).toBe('partial');
    expect(doc.errors.map((e) => e.code)).toContain('truncated');
    expect(doc.errors.find((e) => e.code === 'truncated')!.message).toMatch(/^cut\.txt: looks truncated/);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.records[0]!.overall.budget).toBe('1308.05');
  });

  it('marks a document whose last line stops on a comma as partial (truncated)', async () => {
    const doc = await extractBuffer(
      'comma.txt',
      Buffer.from(reportText([sampleRecord()]) + '本年度预算执行情况良好，'),
    );
    expect(doc.status).toBe('partial');
    expect(doc.errors.map((e) => e.code)).toEqual(['truncated']);
  });

  it('does not call a complete report truncated', async () => {
    const doc = await extractBuffer('whole.txt', Buffer.from(reportText([sampleRecord()])));
    expect(doc.errors).toEqual([]);
  });

  it('keeps a readable document in which nothing was recognised, as partial with the reason', async () => {
    const doc = await extractFile(path.join(FIXTURES, 'not-a-report.txt'));
    expect(doc.status).toBe('partial');
    expect(doc.records).toEqual([]);
    expect(doc.errors[0]!.code).toBe('unrecognised');
    expect(doc.errors[0]!.message).toMatch(/^not-a-report\.txt: no budget figure/);
  });

  it('does not take a unit and a year alone for a report', async () => {
    recogniser.impl = () => [makeRecord({ unit: { name: '信丰县第一中学' }, year: 2023 })];
    const doc = await extractBuffer('notice.txt', Buffer.from('关于2023年运动会的通知\n'));
    expect(doc.status).toBe('partial');
    expect(doc.records).toEqual([]);
    expect(doc.errors[0]!.code).toBe('unrecognised');
  });

  it('marks records without a year or a unit as partial, naming what is missing', async () => {
    const { year: _y, ...noYear } = sampleRecord();
    const doc = await extractBuffer(
      'noyear.txt',
      Buffer.from(reportText([noYear, sampleRecord({ unit: {} })])),
    );
    expect(doc.status).toBe('partial');
    expect(doc.errors.map((e) => e.code).sort()).toEqual(['unit_missing', 'year_missing']);
    expect(doc.errors[0]!.message).toMatch(/^noyear\.txt: /);
    expect(doc.records).toHaveLength(2);
  });

  it('quarantines a document whose recogniser throws, with the error, without throwing', async () => {
    recogniser.impl = () => {
      throw new Error('boom in a table');
    };
    const doc = await extractBuffer('crash.txt', Buffer.from(reportText([sampleRecord()])));
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]).toEqual({
      code: 'recogniser_failed',
      message: 'crash.txt: the recognisers failed (boom in a table)',
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: costs no disk
    const doc = await extractFile(big);
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.code).toBe('too_large');
    expect(doc.errors[0]!.message).toMatch(/^huge\.txt: is 50\.0 MB, over the 50\.0 MB limit/);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a missing file instead of throwing', async () => {
    const doc = await extractFile('/nonexistent/dir/gone.txt');
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.code).toBe('cannot_open');
    expect(doc.errors[0]!.message).toMatch(/^gone\.txt: cannot be opened/);
  });
});

describe('cutIncompleteUtf8Tail', () => {
  it('cuts a dangling multi-byte start and leaves complete text alone', () => {
    const text = Buffer.from('预算执行');
    expect(cutIncompleteUtf8Tail(text)).toEqual({ bytes: text, cut: 0 });
    for (let k = 1; k <= 2; k++) {
      const cut = cutIncompleteUtf8Tail(text.subarray(0, text.length - k));
      expect(cut.cut).toBe(3 - k);
      expect(cut.bytes.toString('utf8')).toBe('预算执');
    }
  });

  it('leaves GB18030 and ASCII bytes alone', () => {
    const gb = Buffer.from([0xd4, 0xa4, 0xcb, 0xe3]); // 预算 in GB18030
    expect(cutIncompleteUtf8Tail(gb).cut).toBe(0);
    expect(cutIncompleteUtf8Tail(Buffer.from('abc')).cut).toBe(0);
  });
});

describe('listInputFiles', () => {
  it('walks directories recursively in sorted order, skipping hidden files and directories', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(path.join(dir, '.git'));
    for (const f of ['b/z.txt', 'b/c/y.txt', 'a.txt', '.hidden.txt', '.git/x.txt', 'b/.DS_Store']) {
      writeFileSync(path.join(dir, f), 'x');
    }
    const files = listInputFiles([dir, path.join(dir, 'a.txt')]).map((f) => path.relative(dir, f));
    expect(files).toEqual(['a.txt', path.join('b', 'c', 'y.txt'), path.join('b', 'z.txt'), 'a.txt']);
  });

  it('keeps a missing input so that its extraction reports it', () => {
    expect(listInputFiles(['/nonexistent/x.txt'])).toEqual(['/nonexistent/x.txt']);
  });
});

describe('extractBuffer never throws', () => {
  it('quarantines a document whose recogniser returns malformed records', async () => {
    recogniser.impl = () => [{ unit: {} }];
    const doc = await extractBuffer('odd.txt', Buffer.from(reportText([sampleRecord()])));
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.code).toBe('extract_failed');
    expect(doc.errors[0]!.message).toMatch(/^odd\.txt: extraction failed/);
  });
});

describe('text length limit', () => {
  it('refuses a document with more text than any report, before the recognisers see it', async () => {
    const { MAX_TEXT_CHARS } = await import('../../scripts/extract');
    let called = false;
    recogniser.impl = () => {
      called = true;
      return [];
    };
    const line = '{"unit": "某县财政局", "budget": 1308.05}\n';
    const big = Buffer.from(line.repeat(Math.ceil((2 * MAX_TEXT_CHARS) / line.length)));
    const doc = await extractBuffer('dump.json', big);
    expect(doc.status).toBe('quarantined');
    expect(doc.errors[0]!.code).toBe('too_long');
    expect(doc.errors[0]!.message).toMatch(
      /^dump\.json: holds [\d,]+ characters of text, over the 2,000,000 limit/,
    );
    expect(called).toBe(false);
  });
});
