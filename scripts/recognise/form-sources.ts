// A department form whose funding block has no total row, only its sources (资金来源：(1)财政拨款
// (2)其他资金) and its structure (资金结构：(1)基本支出 (2)项目支出). The block's total is then the sum
// of its sources, taken only where the structure adds up to the same figure: two breakdowns of
// one whole agree, so the whole is what the form states. A block cut short (an excerpt that ends
// mid-table) lacks one of them and gives no total.

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import type { FundingColumn, FundingRow } from './forms-data';
import type { Slot } from './form-rows';
import { toWan, type AmountUnit } from './numbers';

type Row = { kind: FundingRow; fit: Map<FundingColumn, Slot>; source: SourceRef; unit: AmountUnit };

const SOURCES: FundingRow[] = ['fiscal', 'carryover', 'other'];
const STRUCTURE: FundingRow[] = ['basic', 'project'];
/** What two breakdowns of one amount may differ by: rounding of their parts. */
const TOLERANCE = 0.011;

export class FundingSources {
  private rows: Row[] = [];
  private total: Row | undefined;

  note(kind: FundingRow, fit: Map<FundingColumn, Slot>, source: SourceRef, unit: AmountUnit): void {
    if (kind === 'total') this.total ??= { kind, fit, source, unit };
    else this.rows.push({ kind, fit, source, unit });
  }

  /** The rows noted since the block opened, and its total row; the block is closed. */
  private take(): { rows: Row[]; total: Row | undefined } {
    const taken = { rows: this.rows, total: this.total };
    this.rows = [];
    this.total = undefined;
    return taken;
  }

  /**
   * A total row that leaves its rate empty, over the one source carrying all of it ("年度总金额 | a |
   * b | c |" over "其中:财政拨款 | a | b | c | 98.05"): that source's rate is the total's.
   */
  private carriedRate(
    total: Row,
    rows: Row[],
    key: string,
  ): { key: string; value: Decimal; source: SourceRef }[] {
    if (total.fit.get('rate')?.value) return [];
    const same = (r: Row, col: FundingColumn) => {
      const a = total.fit.get(col)?.value;
      const b = r.fit.get(col)?.value;
      return !!a && !!b && toWan(a, total.unit).eq(toWan(b, r.unit));
    };
    const carrying = rows.filter((r) => SOURCES.includes(r.kind) && same(r, 'budget') && same(r, 'executed'));
    const rate = carrying.length === 1 ? carrying[0]!.fit.get('rate') : undefined;
    if (!rate?.value) return [];
    return [{ key, value: rate.value, source: { ...carrying[0]!.source, rule: 'form:资金来源(承担总额)' } }];
  }

  /**
   * A project's funds block with no total row ("财政拨款 | 128 | 136.5 | 131.82 | 96.57%", "其他资金 | 0 | 0 |
   * 0"): the one source carrying it, the others empty or nil, states the project's funds.
   */
  closeProject(): { key: string; value: Decimal; source: SourceRef }[] {
    const { rows, total } = this.take();
    if (total) return this.carriedRate(total, rows, 'execution_rate');
    const sources = rows.filter((r) => SOURCES.includes(r.kind));
    const nil = (r: Row) => [...r.fit.values()].every((s) => !s.value || s.value.isZero());
    const carrying = sources.filter((r) => !nil(r));
    if (carrying.length !== 1 || !carrying[0]!.fit.get('budget')?.value) return [];
    const row = carrying[0]!;
    const source: SourceRef = { ...row.source, rule: 'form:资金来源(唯一)' };
    const out: { key: string; value: Decimal; source: SourceRef }[] = [];
    for (const [col, key] of [
      ['budget', 'budget'],
      ['executed', 'executed'],
    ] as const) {
      const slot = row.fit.get(col);
      if (slot?.value && !slot.percent) out.push({ key, value: toWan(slot.value, row.unit), source });
    }
    const rate = row.fit.get('rate');
    if (rate?.value && rate.percent) out.push({ key: 'execution_rate', value: rate.value, source });
    return out;
  }

  /** The block's total, by column, as the record's overall figures; none when it has a total row. */
  close(): { key: string; value: Decimal; source: SourceRef }[] {
    const { rows, total } = this.take();
    if (total) return this.carriedRate(total, rows, 'overall.execution_rate');
    const sources = rows.filter((r) => SOURCES.includes(r.kind));
    const structure = rows.filter((r) => STRUCTURE.includes(r.kind));
    if (!sources.some((r) => r.kind === 'fiscal') || structure.length !== STRUCTURE.length) return [];
    const out: { key: string; value: Decimal; source: SourceRef }[] = [];
    const sum = (rs: Row[], col: FundingColumn) =>
      rs.every((r) => r.fit.get(col)?.value && !r.fit.get(col)!.percent)
        ? rs.reduce((a, r) => a.plus(toWan(r.fit.get(col)!.value!, r.unit)), new Decimal(0))
        : undefined;
    const source: SourceRef = {
      ...sources[0]!.source,
      text: [...sources, ...structure].map((r) => r.source.text).join(' ‖ '),
      rule: 'form:资金来源=资金结构',
    };
    for (const [col, key] of [
      ['budget', 'overall.budget'],
      ['executed', 'overall.executed'],
    ] as const) {
      const bySource = sum(sources, col);
      const byStructure = sum(structure, col);
      if (bySource && byStructure && bySource.minus(byStructure).abs().lte(TOLERANCE))
        out.push({ key, value: bySource, source });
    }
    // One source carrying the whole block: its stated rate is the block's.
    const carrying = sources.filter((r) => r.fit.get('budget')?.value?.gt(0));
    const rate = carrying.length === 1 ? carrying[0]!.fit.get('rate') : undefined;
    if (out.length === 2 && rate?.value)
      out.push({ key: 'overall.execution_rate', value: rate.value, source });
    return out;
  }
}
