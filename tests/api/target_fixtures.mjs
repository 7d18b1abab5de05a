// Targets the API tests write (not a test file).

// A target the lint has nothing against (R-IND-1, R-IND-4, R-IND-5).
export function goodTarget(extra = {}) {
  return {
    overall_goal: '2026年完成2000人次教师培训，培训合格率达到95%以上，10月底前全部完成，人均培训成本控制在800元以内，参训教师满意度达到90%以上。',
    indicators: [
      { category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '2000', unit: '人次', weight: 20 },
      { category: 'output', subcategory: 'quality', name: '培训合格率', comparator: '>=', value: '95', unit: '%', weight: 10 },
      { category: 'output', subcategory: 'timeliness', name: '培训完成时间', comparator: '<=', value: '2026-10-31', unit: '日期', weight: 10 },
      { category: 'cost', subcategory: 'economic_cost', name: '人均培训成本', comparator: '<=', value: '800', unit: '元/人', weight: 10 },
      { category: 'benefit', subcategory: 'social', name: '教师教学能力达标率', comparator: '>=', value: '90', unit: '%', weight: 30 },
      { category: 'satisfaction', subcategory: 'service_recipient', name: '参训教师满意度', comparator: '>=', value: '90', unit: '%', weight: 10 },
    ],
    ...extra,
  };
}
