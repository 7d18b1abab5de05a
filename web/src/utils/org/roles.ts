import type { Role } from '../../api/types';

export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'admin', label: '系统管理员' },
  { value: 'performance_office', label: '绩效管理科' },
  { value: 'business_section', label: '业务股室' },
  { value: 'department', label: '预算部门' },
  { value: 'unit', label: '预算单位' },
  { value: 'agency', label: '第三方机构' },
  { value: 'expert', label: '评审专家' },
  { value: 'viewer', label: '监督查询' },
];

export function roleLabel(role: string): string {
  return ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;
}

// Whether a role belongs to a unit (department or unit) or to a finance section.
export const roleNeedsUnit = (r: string) => r === 'department' || r === 'unit';
export const roleNeedsSection = (r: string) => r === 'business_section';
