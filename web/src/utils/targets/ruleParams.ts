// The parameters of a rule as an editor sees them: each key's kind (number, text, list of texts,
// table of rows) read from the shipped defaults, Chinese names for the keys we know, and the
// checks the server makes (a review sheet adds up to 100; grade bands fall).
import type { RuleParams } from '../../api/targetTypes';
import { formatHundredths, toHundredths } from './grade';

export type ParamKind = 'number' | 'switch' | 'text' | 'texts' | 'table';

export const PARAM_LABELS: Record<string, string> = {
  framework: '指标体系版本', min_indicators: '指标数量下限', vague_phrases: '模糊表述词语', satisfaction_floor: '满意度指标值下限（%）',
  max_per_subcategory: '每个二级指标下的指标数上限', max_goal_chars: '总体目标字数上限', pass_mark: '及格线（分）', sheet: '评分表',
  input_phrases: '把资金投入当作产出的表述',
  issuer: '发文机关（{地区} 处填入地区名称）', target_approval_number: '绩效目标批复文号（须含 {年度} 和 {序号}）',
  target_opinion_number: '绩效目标审核意见文号（须含 {年度} 和 {序号}）',
  warning_notice_number: '预警纠偏告知函文号（须含 {年度} 和 {序号}）',
  reason_required: '审减须填原因', reasons: '审减原因', code: '编码',
  target_review: '绩效目标须审核通过（R-TR-2）', ex_ante: '需要事前绩效评估的须评估予以支持（R-EA-3）',
  budget_review: '须完成预算评审', result_application: '下年预算不超过评价结果确定的上限（R-RA-2）', excellent: '优（≥ 分）', good: '良（≥ 分）', fair: '中（≥ 分）', key: '代码', label: '名称', max: '满分', hint: '评分说明',
  // 事前绩效评估 (R-EA-1 to R-EA-3)
  project: '项目评分表', policy: '政策评分表', aspect: '评估方面代码', aspect_label: '评估方面',
  excellent_conclusion: '“优”的结论', good_conclusion: '“良”的结论', fair_conclusion: '“中”的结论',
  poor_conclusion: '“差”的结论', trim_at_least: '评分人不少于此数时去掉最高分和最低分（0 为不去掉）',
  threshold_wan: '金额门槛（万元）', categories: '须评估的项目类别',
  // 绩效运行监控 (R-MO-2, R-MO-4)
  checkpoints: '监控时点', name: '名称', as_of: '数据截止日（月-日）', due: '报送截止日（月-日）',
  warn_days_ahead: '提前预警天数', notice_answer_days: '告知函反馈期限（天）', spending_behind: '支出进度落后预警',
  spending_behind_blue_points: '落后超过此百分点为蓝色', spending_behind_red_points: '落后超过此百分点为红色',
  schedule_floor: '执行进度下限预警', schedule_floors: '各月末执行率下限', month: '月份', floor: '执行率下限（%）',
  schedule_floor_red_points: '低于下限且落后超过此百分点为红色', progress_mismatch: '目标与支出进度偏离预警',
  progress_mismatch_points: '相差超过此百分点为蓝色', idle_money: '资金闲置预警（红色）',
  idle_money_after: '此日（月-日）以后仍未支出为闲置', indicator_impossible: '指标完全不可能完成（红色）',
  indicator_short: '指标预计完成不足（蓝色）', indicator_short_percent: '预计完成程度低于此百分比',
  report_overdue: '监控报告逾期（红色）',
  // 绩效自评 (R-SE-1 to R-SE-7) and its spot-check review (R-RV-1, R-RV-2)
  execution_points: '预算执行（分）', output_points: '产出指标（分）', benefit_points: '效益指标（分）',
  satisfaction_points: '满意度指标（分）', cost_points: '成本指标单列（分，0 为计入产出）',
  missing_satisfaction_to: '未设满意度指标时其分值计入',
  lower_is_better: '反向指标计分方法',
  achieved_floor_percent: '“达成年度指标”得分下限（%）', partly_floor_percent: '“部分达成”得分下限（%）',
  exceeded_percent: '超出目标此百分比及以上须说明原因', amount_threshold_wan: '必须复核的金额门槛（万元）',
  key_projects: '重点项目必须复核', sample_percent: '其余项目随机抽取比例（%）', weighted: '按风险信号加权抽取',
  inflated_points: '自评得分高出复核得分此分数以上为虚高',
  high_score_points: '“高分”的分数线（分）', low_execution_percent: '“低执行”的预算执行率上限（%）',
  all_at_target_min: '定量指标至少此数项全部恰好达标才提示', self_above_computed_weight: '自评高于计算得分：加权',
  high_score_low_execution_weight: '高分低执行：加权', all_at_target_weight: '指标全部恰好达标：加权',
  no_evidence_weight: '实际值无佐证材料：加权', impossible_then_met_weight: '监控判断不可能完成却已完成：加权',
  answer_days: '整改通知书反馈期限（天）',
  rectification_notice_number: '整改通知书文号（须含 {年度} 和 {序号}）',
  evaluation_result_number: '评价结果反馈函文号（须含 {年度} 和 {序号}）',
  appraisal_notice_number: '考核结果通报文号（须含 {年度} 和 {序号}）',
  // 财政重点评价 (R-KE-1, R-KE-2, R-KE-3, R-KE-4)
  decision_points: '决策（分）', process_points: '过程（分）',
  lookback_years: '此前几年内评价过同一对象的须回避（年）',
  fee_bands: '报告质量分档', from: '得分下限（含）', to: '得分上限（不含；最高档含 100 分）',
  percent: '支付合同费用的比例（%）', rework_below: '低于此分数的报告须先返工（分，0 为不设）',
  quality_items: '方案和报告的质量评分表', points: '分值',
  parts: '部门整体支出评价的评分表（运行成本、管理效率等各项及分值）',
  results_days: '定稿后反馈评价结果的期限（天）', results_answer_days: '被评价方反馈整改措施的期限（天）',
  // 绩效管理工作考核 (R-AP-1)
  not_applicable: '无应完成事项或尚未接入数据的评分项',
  // 信息公开 (R-DI-2)
  budget_days: '绩效目标、事前评估报告：预算批复后几日内公开', final_accounts_approved: '决算批复日（次年，月-日）',
  final_accounts_days: '绩效自评：决算批复后几日内公开', key_evaluation_days: '重点评价：结果反馈后几日内公开',
};

// The marks of a rule's source (RULES.md) as people read them.
const SOURCE_MARKS: [RegExp, string][] = [
  [/^national$/, '国家规定'],
  [/^practice$/, '通行做法'],
  [/^local$/, '地方规定'],
  [/^local, several$/, '多地做法'],
  [/^local: \d+ (.+)$/, '地方规定（$1）'],
  [/^jixiao$/, '系统默认'],
];

/**
 * A rule's source in Chinese: "[practice] 财预〔2021〕101号" → "通行做法：财预〔2021〕101号",
 * "[local: 001 西双版纳]" → "地方规定（西双版纳）", "[jixiao]" → "系统默认".
 */
export function sourceText(source: string): string {
  return source.replace(/\[([^\]]*)\]\s*/g, (_, mark: string) => {
    const [kind, ...rest] = mark.split(';').map((x) => x.trim());
    const found = SOURCE_MARKS.find(([re]) => re.test(kind));
    const word = found ? kind.replace(found[0], found[1]) : '其他来源';
    return rest.length ? `${word}（${rest.join('；')}）：` : `${word}：`;
  }).replace(/：$/, '').replace(/：\s*；/g, '；').trim();
}

export function paramKind(v: unknown): ParamKind {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'switch';
  if (Array.isArray(v)) return v.length && typeof v[0] === 'object' ? 'table' : 'texts';
  return 'text';
}

/** Parameters whose value is one of a few codes: each code's words. */
export const PARAM_CHOICES: Record<string, Record<string, string>> = {
  missing_satisfaction_to: { benefit: '效益指标', output_and_benefit: '产出和效益指标按分值比例' },
  lower_is_better: { ratio: '目标值 ÷ 实际值', linear: '超出目标线性扣分，达到两倍得 0 分' },
  not_applicable: { rescale: '不参与考核，其余各项按分值比例折算为 100 分', zero: '记 0 分' },
};

/** A parameter's value in words (a code by its words). */
export function choiceText(key: string, v: unknown): string | undefined {
  return typeof v === 'string' ? PARAM_CHOICES[key]?.[v] : undefined;
}

/** A rule's own names for keys other rules use otherwise (R-RA-2's grades name an action). */
export const RULE_PARAM_LABELS: Record<string, Record<string, string>> = {
  // R-RPT-1: each section's fiscal year relative to the work year ("-1" 上一年度, "+1" 下一年度).
  'R-RPT-1': {
    assessment: '事前绩效评估的年度偏移', budget_review: '预算评审的年度偏移', targets: '绩效目标管理的年度偏移',
    monitoring: '绩效运行监控的年度偏移', self_evaluation: '绩效自评的年度偏移', review: '自评复核的年度偏移',
    key_evaluation: '重点绩效评价的年度偏移', rectification: '问题整改的年度偏移',
    result_application: '结果应用的年度偏移', disclosure: '信息公开的年度偏移', appraisal: '绩效考核的年度偏移',
  },
  'R-RA-2': {
    excellent: '评价等级“优”的调整方式', good: '评价等级“良”的调整方式', fair: '评价等级“中”的调整方式',
    poor: '评价等级“差”的调整方式', cut_percent: '压减比例（%）', not_supported: '事前评估“不予支持”的调整方式',
    support_after_changes: '事前评估“调整后支持”的调整方式', support: '事前评估“予以支持”的调整方式',
    adjust_budget: '监控“调整预算”的调整方式', recover: '监控“收回资金”的调整方式',
  },
};
const ACTION_KIND_WORDS: Record<string, string> = {
  prioritise: '优先保障', cap: '不得高于上年', cut: '按比例压减', cancel: '取消', none: '不调整',
};

export function paramLabel(key: string, ruleId?: string): string {
  return (ruleId ? RULE_PARAM_LABELS[ruleId]?.[key] : undefined) ?? PARAM_LABELS[key] ?? key;
}

/** A rule's value in words where the rule says what its codes mean. */
export function ruleChoiceText(ruleId: string, key: string, v: unknown): string | undefined {
  if (ruleId === 'R-RA-2' && typeof v === 'string') return ACTION_KIND_WORDS[v];
  return choiceText(key, v);
}

/** A deep copy to edit. */
export function cloneParams(p: RuleParams): RuleParams {
  return JSON.parse(JSON.stringify(p ?? {}));
}

/** Problems the server would refuse, by key (empty when none). */
export function checkParams(ruleId: string, p: RuleParams): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'number' && (toHundredths(v) === null || v < 0)) errors[k] = '应为不小于 0 的数字，最多两位小数';
    if (typeof v === 'string' && !v.trim()) errors[k] = '不能为空';
    if (Array.isArray(v) && !v.length) errors[k] = '至少一项';
  }
  if (ruleId === 'R-TR-2' && Array.isArray(p.sheet)) {
    const sum = (p.sheet as { max: number }[]).reduce((s, r) => s + (toHundredths(r.max) ?? 0), 0);
    if (sum !== 10000) errors.sheet = `各项满分合计应为 100 分，现为 ${formatHundredths(sum)} 分`;
    const pass = toHundredths(p.pass_mark as number);
    if (pass === null || pass <= 0 || pass > 10000) errors.pass_mark = '及格线应在 0 到 100 分之间';
  }
  if (ruleId === 'R-EA-1') {
    for (const k of ['project', 'policy']) {
      if (!Array.isArray(p[k])) continue;
      const sum = (p[k] as { max: number }[]).reduce((s, r) => s + (toHundredths(r.max) ?? 0), 0);
      if (sum !== 10000) errors[k] = `各项满分合计应为 100 分，现为 ${formatHundredths(sum)} 分`;
    }
  }
  if (ruleId === 'R-GR-1') {
    const [e, g, f] = ['excellent', 'good', 'fair'].map((k) => toHundredths(p[k] as number) ?? -1);
    if (!(e <= 10000 && e > g && g > f && f > 0)) errors.excellent = '等级下限应满足 100 ≥ 优 > 良 > 中 > 0';
  }
  return errors;
}

/** The sum of a sheet's maxima, "100.00". */
export function sheetSum(rows: { max: number }[]): string {
  return formatHundredths(rows.reduce((s, r) => s + (toHundredths(r.max) ?? 0), 0));
}
