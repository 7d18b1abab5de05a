// Shapes of the API's JSON (docs/API.md).

export type Role = 'admin' | 'performance_office' | 'business_section' | 'department' | 'unit'
  | 'agency' | 'expert' | 'viewer';

export interface Me {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  role_label: string;
  region_id: number;
  region_name: string;
  unit_id: number | null;
  unit_name: string | null;
  department_id: number | null;
  section_id: number | null;
  must_change_password: boolean;
}

export interface Region {
  id: number; parent_id: number | null; code: string; name: string; level: string;
  level_label: string; path: string; version: number;
}
export interface Section {
  id: number; bureau_id: number; region_id: number; name: string; kind: string;
  kind_label: string; department_count: number; version: number;
}
export interface RegionDetail extends Region {
  bureau: { id: number; name: string; version: number } | null;
  sections: Section[];
}
export interface Unit {
  id: number; region_id: number; region_name: string; parent_id: number | null;
  department_id: number; department_name: string; section_id: number | null; section_name: string;
  code: string; name: string; kind: 'department' | 'unit'; kind_label: string; path: string;
  child_count: number; version: number;
}
export interface FiscalYear { id: number; region_id: number; year: number; status: string; status_label: string; version: number }
export interface User {
  id: number; username: string; display_name: string; role: Role; role_label: string;
  region_id: number; region_name: string; unit_id: number | null; unit_name: string;
  section_id: number | null; section_name: string; must_change_password: boolean;
  active: boolean; locked: boolean; version: number; created_at: string;
}
export interface Project {
  id: number; region_id: number; region_name: string; year: number; code: string; name: string;
  unit_id: number; unit_name: string; department_id: number; department_name: string;
  fund_type: string; fund_type_label: string; amount_fen: number; amount_wan: string;
  function_class: string; category: string; category_label: string; parent_id: number | null;
  tags: string[]; status: string; status_label: string; version: number;
  created_at: string; updated_at: string;
  /** What the caller may do now (one project's answer only): the workflow's actions. */
  actions?: string[];
}
export interface EvidenceFile {
  id: number; document_type: string; document_id: number; filename: string; content_type: string;
  type_label: string; size_bytes: number; sha256: string; uploaded_by_name: string; created_at: string;
}
export interface AuditRecord {
  id: number; at: string; actor: string; action: string; before: unknown; after: unknown;
  /** The document the entry is about ("project", "target") and the person's name. */
  entity?: string; actor_name?: string;
}
