// The field vocabulary, declared once (a data table): every record key a document can state, with
// its Chinese and English label, display unit, value kind and the warehouse column it is loaded
// into. The record's key labels (record.ts), the loader's columns (load/columns.ts), the catalog's
// measure labels and the API's /api/model `fields` (which the dashboard reads its labels from) all
// derive from this table. Pure data and types, no imports: the ETL, the API and the web app share it.
// How reports phrase a field (the recognition aliases) stays with the recognisers
// (scripts/recognise/fields.ts), whose rules are typed against `FieldKey`.

/** A bilingual text: Chinese first, English for the switch. */
export interface Text {
  zh: string;
  en: string;
}

/** How a value is stored: decimal column kinds (amount 万元, rate %, score 分), whole numbers, text. */
export type FieldKind = 'amount' | 'rate' | 'score' | 'int' | 'text';

/** The warehouse tables whose columns fields are loaded into (scripts/sql/schema.sql). */
export type FieldTable =
  'unit_years' | 'sangong' | 'projects' | 'quarterly' | 'indicators' | 'project_indicators';

export interface FieldSpec {
  /** "section.name" of evaluation-record/1 (overall.budget, finance.basic, project.executed …). */
  key: string;
  label: Text;
  /** Display unit: 万元, %, 分, 人, 个; '' for text. */
  unit: string;
  kind: FieldKind;
  /** The table and column the merged value is loaded into; absent for keys kept in `facts` only. */
  table?: FieldTable;
  column?: string;
  /** The column's value is computed by the loader from other fields; this key is one of its sources. */
  sourceOf?: string;
  /** Shown in the unit profile's finance, staff and assets table. */
  profile?: true;
}

const SECTION_TABLE = {
  overall: 'unit_years',
  finance: 'unit_years',
  staff: 'unit_years',
  assets: 'unit_years',
  sangong: 'sangong',
  project: 'projects',
  quarterly: 'quarterly',
  indicator: 'indicators',
  project_indicator: 'project_indicators',
} as const satisfies Record<string, FieldTable>;

type Unit = '万元' | '%' | '分' | '人' | '个' | '';
const KIND_UNIT: Record<FieldKind, Unit> = { amount: '万元', rate: '%', score: '分', int: '个', text: '' };

/**
 * One field. `column` defaults to the key's name (staff and assets columns carry their section as
 * a prefix), `null` for a key with no column of its own.
 */
function f<const K extends string>(
  key: K,
  zh: string,
  en: string,
  kind: FieldKind,
  extra: { column?: string | null; unit?: Unit; sourceOf?: string; profile?: true } = {},
): FieldSpec & { key: K } {
  const [section, name] = key.split('.') as [keyof typeof SECTION_TABLE, string];
  const prefixed = section === 'staff' || section === 'assets' ? `${section}_${name}` : name;
  const column = extra.column === undefined ? prefixed : extra.column;
  return {
    key,
    label: { zh, en },
    unit: extra.unit ?? KIND_UNIT[kind],
    kind,
    ...(column !== null ? { table: SECTION_TABLE[section], column } : {}),
    ...(extra.sourceOf ? { sourceOf: extra.sourceOf } : {}),
    ...(extra.profile ? { profile: true as const } : {}),
  };
}

const none = { column: null };
const shown = { profile: true } as const;

export const FIELDS = [
  // — the department's overall figures —
  f('overall.budget', '预算数', 'Budget', 'amount'),
  f('overall.executed', '执行数', 'Executed', 'amount'),
  f('overall.execution_rate', '预算执行率', 'Execution rate', 'rate', {
    column: 'execution_rate_stated',
    sourceOf: 'execution_rate',
  }),
  f('overall.execution_rate_computed', '预算执行率（计算）', 'Execution rate (computed)', 'rate', {
    ...none,
    sourceOf: 'execution_rate',
  }),
  f('overall.execution_rate_derived', '预算执行率（推算）', 'Execution rate (derived)', 'rate', {
    ...none,
    sourceOf: 'execution_rate',
  }),
  f('overall.score', '自评得分', 'Self-score', 'score'),
  f('overall.derived_score', '评分表合计得分', 'Scoring-table total', 'score', { column: 'score_derived' }),
  f('overall.grade', '自评等级', 'Grade', 'text'),
  // — income, expenditure and carry-over —
  f('finance.budget_initial', '年初预算数', 'Initial budget', 'amount', shown),
  f('finance.income_total', '收入合计', 'Total income', 'amount', shown),
  f('finance.income_prev_year', '上年收入', 'Income, year before', 'amount'),
  f('finance.fiscal_appropriation', '财政拨款收入', 'Fiscal appropriation', 'amount', shown),
  f('finance.carryover_begin', '年初结转和结余', 'Carry-over at the start', 'amount', shown),
  f('finance.expenditure_total', '支出合计', 'Total expenditure', 'amount', shown),
  f('finance.expenditure_prev_year', '上年支出', 'Expenditure, year before', 'amount', none),
  f('finance.basic', '基本支出', 'Basic expenditure', 'amount', shown),
  f('finance.personnel', '人员经费', 'Personnel', 'amount', shown),
  f('finance.public', '公用经费', 'Public expenses', 'amount', shown),
  f('finance.public_budget', '公用经费预算', 'Public expenses budget', 'amount'),
  f('finance.project', '项目支出', 'Project expenditure', 'amount', shown),
  f('finance.budget_basic', '基本支出预算', 'Basic expenditure budget', 'amount'),
  f('finance.budget_project', '项目支出预算', 'Project expenditure budget', 'amount'),
  f('finance.carryover_end', '年末结转和结余', 'Carry-over at the end', 'amount', shown),
  f('finance.procurement', '政府采购支出', 'Government procurement', 'amount', shown),
  f('finance.procurement_plan', '政府采购计划', 'Procurement plan', 'amount'),
  f('finance.project_total', '项目资金总额', 'Project funds', 'amount'),
  f('finance.project_count', '项目个数', 'Projects', 'int'),
  // — staff —
  f('staff.quota', '编制数', 'Authorised posts', 'int', { unit: '人', ...shown }),
  f('staff.in_service', '在职人数', 'Staff in service', 'int', { unit: '人', ...shown }),
  f('staff.present', '实有人数', 'Staff present', 'int', { unit: '人', ...none }),
  f('staff.retired', '离退休人数', 'Retired staff', 'int', { unit: '人', ...shown }),
  f('staff.contract', '编外人数', 'Contract staff', 'int', { unit: '人' }),
  // — assets —
  f('assets.total', '资产总计', 'Total assets', 'amount', shown),
  f('assets.fixed_original', '固定资产原值', 'Fixed assets (original value)', 'amount'),
  f('assets.fixed_net', '固定资产净值', 'Fixed assets (net value)', 'amount'),
  // — 三公经费 —
  f('sangong.total', '三公经费', '三公 total', 'amount'),
  f('sangong.abroad', '因公出国（境）费', 'Travel abroad', 'amount'),
  f('sangong.vehicle_purchase', '公务用车购置费', 'Vehicle purchase', 'amount'),
  f('sangong.vehicle_operation', '公务用车运行维护费', 'Vehicle operation', 'amount'),
  f('sangong.vehicle_total', '公务用车购置及运行维护费', 'Vehicles', 'amount', none),
  f('sangong.reception', '公务接待费', 'Official reception', 'amount'),
  f('sangong.budget', '三公经费预算', '三公 budget', 'amount'),
  f('sangong.budget_abroad', '因公出国（境）费预算', 'Travel abroad budget', 'amount'),
  f('sangong.budget_vehicle_purchase', '公务用车购置费预算', 'Vehicle purchase budget', 'amount'),
  f('sangong.budget_vehicle_operation', '公务用车运行维护费预算', 'Vehicle operation budget', 'amount'),
  f('sangong.budget_vehicle_total', '公务用车购置及运行维护费预算', 'Vehicles budget', 'amount', none),
  f('sangong.budget_reception', '公务接待费预算', 'Official reception budget', 'amount'),
  f('sangong.prev_total', '上年三公经费', '三公 previous year', 'amount'),
  f('sangong.prev_total_derived', '上年三公经费（推算）', '三公 previous year (derived)', 'amount'),
  f('sangong.control_rate', '三公经费控制率', '三公 control rate', 'rate'),
  // — projects (keys of the record's project objects) —
  f('project.name', '项目名称', 'Project', 'text', none),
  f('project.category', '项目类别', 'Category', 'text'),
  f('project.budget', '项目预算数', 'Project budget', 'amount'),
  f('project.executed', '项目执行数', 'Project executed', 'amount'),
  f('project.returned', '结余交回', 'Returned', 'amount'),
  f('project.execution_rate', '项目执行率', 'Project execution rate', 'rate', {
    column: 'execution_rate_stated',
    sourceOf: 'execution_rate',
  }),
  f('project.execution_rate_computed', '项目执行率（计算）', 'Project execution rate (computed)', 'rate', {
    ...none,
    sourceOf: 'execution_rate',
  }),
  f('project.execution_rate_derived', '项目执行率（推算）', 'Project execution rate (derived)', 'rate', {
    ...none,
    sourceOf: 'execution_rate',
  }),
  f('project.score', '项目自评得分', 'Project self-score', 'score'),
  f('project.dept_eval_score', '部门评价得分', 'Department evaluation score', 'score', none),
  // — quarterly progress and scoring tables —
  f('quarterly.progress', '累计支出进度', 'Cumulative progress', 'rate'),
  f('indicator.name', '指标', 'Indicator', 'text', none),
  f('indicator.weight', '分值', 'Weight', 'score'),
  f('indicator.derived_score', '得分（推算）', 'Score (derived)', 'score'),
  f('indicator.score', '得分', 'Score', 'score', { sourceOf: 'derived_score' }),
  f('project_indicator.name', '指标', 'Indicator', 'text', none),
  f('project_indicator.target', '目标', 'Target', 'text'),
  f('project_indicator.actual', '实际', 'Actual', 'text'),
  f('project_indicator.weight', '分值', 'Weight', 'score'),
  f('project_indicator.score', '得分', 'Score', 'score'),
] as const;

/**
 * The parts of 三公经费, each a field `sangong.<part>`, that add up to `sangong.total`: the checks
 * add them up, the catalog declares a measure `sangong_<part>` for each, the pages draw them.
 */
export const SANGONG_PARTS = ['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception'] as const;
export type SangongPart = (typeof SANGONG_PARTS)[number];

/** Every declared record key: a recogniser or loader naming another fails to compile. */
export type FieldKey = (typeof FIELDS)[number]['key'];

/** The record sections with scalar keys ("overall", "finance" …). */
export type FieldSection = keyof typeof SECTION_TABLE;

const byKey: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.map((x) => [x.key, x]));

export function findField(key: string): FieldSpec | undefined {
  return byKey.get(key);
}

export function field(key: FieldKey): FieldSpec {
  return byKey.get(key)!;
}

export function isFieldKey(key: string): key is FieldKey {
  return byKey.has(key);
}

/** The fields loaded into a table's columns, in declaration order. */
export function tableFields(table: FieldTable): FieldSpec[] {
  return FIELDS.filter((x) => x.table === table && x.column !== undefined);
}

/**
 * The record keys whose facts a column of a table shows, most specific first: the fields loaded
 * into it and those it is computed from (the execution rate: stated, then computed, then derived).
 */
export function sourceKeys(table: FieldTable, column: string): string[] {
  return FIELDS.filter(
    (x: FieldSpec) => tableOf(x.key) === table && (x.column === column || x.sourceOf === column),
  ).map((x) => x.key);
}

/** The table a key's section is loaded into. */
export function tableOf(key: string): FieldTable | undefined {
  return SECTION_TABLE[key.split('.')[0] as FieldSection];
}
