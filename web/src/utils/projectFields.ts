// The project's coded values and their Chinese labels, as the server names them
// (src/projects/model.cpp); import files may use either.

export interface Choice { value: string; label: string }

export const FUND_TYPES: Choice[] = [
  { value: 'general', label: '一般公共预算' },
  { value: 'gov_fund', label: '政府性基金预算' },
  { value: 'state_capital', label: '国有资本经营预算' },
  { value: 'social_insurance', label: '社会保险基金预算' },
];
export const CATEGORIES: Choice[] = [
  { value: 'new', label: '新增项目' },
  { value: 'continuing', label: '延续项目' },
  { value: 'recurring', label: '经常性项目' },
];
export const STATUSES: Choice[] = [
  { value: 'draft', label: '草稿' },
  { value: 'declared', label: '已申报' },
  { value: 'approved', label: '已批复' },
  { value: 'executing', label: '执行中' },
  { value: 'completed', label: '已完成' },
  { value: 'cancelled', label: '已取消' },
];
export const TAGS: Choice[] = [
  { value: 'transfer', label: '转移支付' },
  { value: 'special_bond', label: '专项债券' },
  { value: 'direct_fund', label: '直达资金' },
  { value: 'ppp', label: 'PPP' },
  { value: 'procurement', label: '政府采购' },
  { value: 'purchased_service', label: '政府购买服务' },
  { value: 'rural_revitalisation', label: '乡村振兴' },
];

export function labelOf(choices: Choice[], value: string | null | undefined): string {
  if (value == null) return '';
  return choices.find((c) => c.value === value)?.label ?? value;
}

/** The code for a code or a label ("一般公共预算" or "general" → "general"); null if neither. */
export function codeOf(choices: Choice[], text: string): string | null {
  const t = text.trim();
  return choices.find((c) => c.value === t || c.label === t)?.value ?? null;
}

export function tagLabels(tags: string[]): string {
  return tags.map((t) => labelOf(TAGS, t)).join('、');
}

/** Tag cells may separate tags with 、 ， ； , ; or |. */
export function splitTags(cell: string): string[] {
  return cell.split(/[、，；,;|]/).map((s) => s.trim()).filter(Boolean);
}

export const STATUS_TAG_TYPE: Record<string, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  draft: 'info', declared: 'warning', approved: 'primary', executing: 'primary', completed: 'success', cancelled: 'danger',
};

/** Project field names in Chinese (for history, errors, exports). */
export const FIELD_LABELS: Record<string, string> = {
  year: '年度',
  code: '项目编码',
  name: '项目名称',
  unit_id: '单位',
  unit_name: '单位',
  department_name: '主管部门',
  fund_type: '资金类型',
  amount_fen: '金额（万元）',
  function_class: '支出功能分类',
  category: '项目类别',
  parent_id: '所属一级项目',
  tags: '项目标签',
  status: '项目状态',
};
