// What a label or clause is about (三公经费 and its parts, 公用经费, 政府采购, a sub-category of staff,
// a functional class to skip …): a label is read together with its topic, which a sentence sets once
// for the clauses after it ("三公经费调整预算数12.4万元，实际支出8.7万元").

export type Topic =
  | 'general'
  | 'budget' // a 预算 clause: its 其中 parts are budget parts
  | 'sangong'
  | 'abroad'
  | 'vehicle'
  | 'vehicle_purchase'
  | 'vehicle_operation'
  | 'reception'
  | 'public'
  | 'procurement'
  | 'fixed'
  | 'staff_sub' // a sub-category of staff (行政编制 …): its counts are not the unit's
  | 'project' // one named project
  | 'appropriation' // the appropriation's own spending (财政拨款支出决算表): its basic and project parts are not the unit's
  | 'skip'; // functional classes, region-wide totals, other funds: nothing to take

/** The topics of 三公经费: the whole and its parts. */
export const SANGONG_TOPICS = new Set<Topic>([
  'sangong',
  'abroad',
  'vehicle',
  'vehicle_purchase',
  'vehicle_operation',
  'reception',
]);

/** A kind of post (行政编制, 事业编制 …): its counts are that kind's, not the unit's. */
export const STAFF_KIND = /(行政|事业|工勤|机关后勤|参公)编制/;

/** The words of the 三公 parts: 因公出国, 公务用车, 公务接待. */
const SANGONG_PART_WORDS = [/出国/, /(公务用车|公车|车辆)(购置|运行|运维|维护)/, /公务接待/];

/**
 * The classes of the government's spending by function (支出功能分类, 类 level) that 预算 and 决算 break
 * their spending into ("社会保障和就业支出102.64万元"): lines of the accounts, never a project.
 */
export const FUNCTION_CLASSES =
  '一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|社会保障和就业|卫生健康|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|商业服务业等|金融|自然资源海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理';
const FUNCTION_CLASS_SPENDING = new RegExp(`^(\\d+[.、])?(${FUNCTION_CLASSES})支出`);

/** Topic words, most specific first. Returns undefined when the text names no topic. */
export function topicOf(label: string): Topic | undefined {
  if (/[(（](类|款|项)[)）]/.test(label)) return 'skip';
  if (FUNCTION_CLASS_SPENDING.test(label)) return 'skip';
  // 全镇 in a town's report is the town's own total; a county-wide one is nobody's department.
  if (/全(区|县|市|省|州)/.test(label) && /三公/.test(label)) return 'skip';
  // A 三公 table may cover government funds too ("一般公共预算及政府性基金财政拨款“三公”经费").
  if (/(政府性基金|国有资本经营|社会保险基金)(预算)?/.test(label) && !/三公/.test(label)) return 'skip';
  if (/无形资产|流动资产|累计折旧|累计摊销/.test(label)) return 'skip';
  // "出国经费、车辆购置及运行费、公务接待费（简称“三公”经费）支出合计…": the parts named together are the whole.
  if (SANGONG_PART_WORDS.filter((re) => re.test(label)).length >= 2) return 'sangong';
  if (/因公出国|出国(境)?(经)?费|出国[(（]境[)）]/.test(label)) return 'abroad';
  if (
    /(公务用车|公车)(购置(及|和|与)(运行|维护|运维)|(运行维护|运行|运维)(及|和|与)购置|及(运行|维护|运维))|(公务用车|公车)(经)?费(用)?$/.test(
      label,
    )
  )
    return 'vehicle';
  // (车辆购置税 is a tax, its 收入补助地方资金 a transfer payment, no car a unit bought.)
  if (/车辆购置税/.test(label)) return 'skip';
  if (/(公务用车|公车)购置|车辆购置/.test(label)) return 'vehicle_purchase';
  if (/(公务用车|公车|车辆)(运行|运转|运维|维护)|用车运行维护/.test(label)) return 'vehicle_operation';
  if (/公务接待/.test(label)) return 'reception';
  if (/三公/.test(label)) return 'sangong';
  if (/公用经费|机关运行经费|^行政经费/.test(label)) return 'public';
  if (/政府采购/.test(label)) return 'procurement';
  if (/固定资产/.test(label)) return 'fixed';
  if (STAFF_KIND.test(label) || /(行政|事业|工勤)人员/.test(label)) return 'staff_sub';
  // "一般公共预算支出" names where the money came from (as 政府性基金预算 does), not a budget.
  const own = label.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
  if (/预算(收入|支出)|年初预算/.test(own) && !/决算|执行|实际/.test(own)) return 'budget';
  return undefined;
}

/**
 * A topic narrowed by a label that names one of its parts without repeating the whole: under
 * 公务用车购置及运行维护费, "（其中购置费0万元，运行维护费8.20万元）" are its two parts.
 */
export function narrowTopic(topic: Topic, label: string): Topic {
  if (topic !== 'vehicle') return topic;
  // The label names the part in full ("公务用车购置及运行维护费：公务用车购置费0万元").
  const own = topicOf(label);
  if (own === 'vehicle_purchase' || own === 'vehicle_operation') return own;
  if (/^(其中)?[:：]?(车辆)?购置(费|经费|支出)?(决算数?|支出数)?$/.test(label)) return 'vehicle_purchase';
  if (/^(其中)?[:：]?(车辆)?(运行维护|运行|运维|维护)(费|经费|支出)?(决算数?|支出数)?$/.test(label))
    return 'vehicle_operation';
  return topic;
}
