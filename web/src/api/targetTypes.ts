// Shapes of the API's JSON for rules, the indicator and case libraries and targets
// (docs/API.md, "Rules, indicator library and targets").
import type { OfficialDocument } from './documents';

export type TargetKind = 'project' | 'department';
export type TargetStatus = 'draft' | 'submitted' | 'department_reviewed' | 'section_reviewed' | 'returned' | 'approved'
  | 'rejected' | 'adjusting';
export type Comparator = '>=' | '>' | '=' | '<=' | '<' | 'qualitative';
export type Grade = '' | 'excellent' | 'good' | 'fair' | 'poor';
export type TargetAction = 'edit' | 'delete' | 'submit' | 'review_department' | 'review_section' | 'review_office'
  | 'review_expert' | 'adjust' | 'add_case';
export type ReviewDecision = 'pass' | 'return' | 'approve' | 'advise';
/** The review queues of GET /api/v1/targets?queue=. */
export type TargetQueue = 'department' | 'section' | 'office';

/** One level-3 indicator as the editor sends it. */
export interface IndicatorInput {
  category: string;
  subcategory: string;
  name: string;
  comparator: Comparator | string;
  value: string;
  unit: string;
  weight: number;
  direction?: string;
  value_basis?: string;
  explanation?: string;
  medium_value?: string;
}

/** A stored indicator: as sent, with labels. */
export interface Indicator extends IndicatorInput {
  category_label?: string;
  subcategory_label?: string;
  comparator_label?: string;
  direction_label?: string;
  value_basis_label?: string;
}

/** A department's key task (职能 → 任务 → 资金 → 项目). */
export interface TargetTask {
  duty: string;
  name: string;
  amount_fen: number;
  project_ids: number[];
}

/** A target as written: what lint checks and create/update send. */
export interface TargetDraft {
  kind: TargetKind;
  project_id?: number | null;
  department_id?: number | null;
  year?: number;
  amount_fen?: number | null;
  overall_goal: string;
  medium_term_goal?: string;
  duties?: string;
  tasks?: TargetTask[];
  indicators: IndicatorInput[];
}

export interface Finding {
  code: string;
  title: string;  // 中文 name of the code
  severity: 'error' | 'warning';
  indicator: number | null;
  message: string;
  rule: string;
}

/** A target as lists show it. */
export interface TargetSummary {
  id: number;
  region_id: number;
  year: number;
  kind: TargetKind;
  kind_label: string;
  project_id: number | null;
  project_code: string;
  project_name: string;
  fund_type: string;
  fund_type_label: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  department_name: string;
  amount_fen: number | null;
  amount_wan: string;
  framework_version: string;
  indicator_count: number;
  status: TargetStatus;
  status_label: string;
  score: string | null;
  grade: Grade;
  grade_label: string;
  not_funded: boolean;
  errors: number;
  warnings: number;
  version: number;
  submitted_at: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface Review {
  id: number;
  stage: 'department' | 'section' | 'expert' | 'office' | string;
  stage_label: string;
  reviewer_name: string;
  decision: string;
  decision_label: string;
  scores: Record<string, string>;
  total: string | null;
  grade: Grade;
  grade_label: string;
  pass_mark: string | null;
  comment: string;
  created_at: string;
}

export interface SheetItem { key: string; label: string; hint: string; max: string }
export interface ReviewSheet { rule: string; source: string; items: SheetItem[]; pass_mark: string }

/** One target with everything the editor and the review page show. */
export interface Target extends TargetSummary {
  overall_goal: string;
  medium_term_goal: string;
  duties: string;
  tasks: TargetTask[];
  indicators: Indicator[];
  findings?: Finding[];
  reviews?: Review[];
  /** Letters issued about it (批复, review opinions) that the caller may read. */
  documents?: OfficialDocument[];
  sheet?: ReviewSheet;
  pass_mark?: string;
  /** R-GR-1 as it applies to the target's region and year: lower bounds, "90.00". */
  bands?: { rule: string; excellent: string; good: string; fair: string };
  actions?: TargetAction[];
}

/** The body of PATCH /targets/{id}. */
export interface TargetUpdate {
  version: number;
  overall_goal?: string;
  medium_term_goal?: string;
  duties?: string;
  tasks?: TargetTask[];
  indicators?: IndicatorInput[];
}

export interface ReviewInput {
  version: number;
  decision: ReviewDecision;
  scores: Record<string, number>;
  comment: string;
}

// ---- Frameworks, industries, libraries

export interface FrameworkCategory { key: string; label: string; subcategories: { key: string; label: string }[] }
export interface Framework { version: string; title: string; categories: FrameworkCategory[] }
export interface Industry { key: string; name: string; function_classes: string[] }

export interface LibraryIndicator {
  id: number;
  region_id: number | null;
  region_name?: string;
  industry: string;
  industry_name?: string;
  category: string;
  category_label?: string;
  subcategory: string;
  subcategory_label?: string;
  name: string;
  definition: string;
  unit: string;
  comparator: string;
  comparator_label?: string;
  typical_value: string;
  direction: string;
  direction_label?: string;
  value_basis: string;
  value_basis_label?: string;
  version: number;
  created_at?: string;
  updated_at?: string;
}

export interface LibraryIndicatorInput {
  version?: number;
  industry: string;
  category: string;
  subcategory: string;
  name: string;
  definition?: string;
  unit?: string;
  comparator: string;
  typical_value?: string;
  direction?: string;
  value_basis?: string;
}

export interface TargetCase {
  id: number;
  region_id: number | null;
  region_name?: string;
  industry: string;
  industry_name?: string;
  function_class: string;
  name: string;
  amount_fen: number;
  amount_wan?: string;
  overall_goal?: string;
  indicators?: Indicator[];
  indicator_count?: number;
  source_target_id?: number | null;
  created_at: string;
}

export interface NewCase {
  target_id?: number;
  industry?: string;
  function_class?: string;
  name?: string;
  amount_fen?: number;
  overall_goal?: string;
  indicators?: IndicatorInput[];
}

export interface Recommendation {
  source: 'library' | 'history';
  score: number;
  reason: string;
  /** The library's definition of the indicator, when it has one. */
  definition?: string;
  indicator: Partial<LibraryIndicator> & Partial<Indicator> & { name: string };
}

// ---- Rules

export type RuleParams = Record<string, unknown>;
export interface Rule {
  id: string;
  title: string;
  source: string;
  params: RuleParams;
  defaults: RuleParams;
  region_id: number | null;
  region_name: string | null;
  updated_at: string | null;
}

// ---- Review batches, reviewers, statistics

export interface ReviewBatch {
  id: number;
  year: number;
  name: string;
  reviewer_id: number;
  reviewer_name?: string;
  due_date: string;
  target_ids?: number[];
  target_count?: number;
  created_at: string;
}
export interface NewReviewBatch { year: number; name: string; reviewer_id: number; target_ids: number[]; due_date?: string }

export interface Reviewer { id: number; display_name: string; username?: string; role: string; role_label?: string }

/** One row of a statistics table (by region, department or fund type) and the totals' shape. */
export interface TargetCoverage {
  key: string;
  label: string;
  projects: number;
  projects_with_target: number;
  projects_approved: number;
  failing: number;
  amount_fen: number;
  amount_wan: string;
  amount_approved_fen: number;
  /** "97.50" (percent) or "—" when nothing is due. */
  project_coverage: string;
  amount_coverage: string;
}

/** A region the statistics are of, or one on the way down to it. */
export interface StatisticsRegion { id: number; name: string; level: string }

export interface TargetStatistics extends Omit<TargetCoverage, 'key' | 'label'> {
  year: number;
  /** The region looked at (null for a section, department or unit), and the way down to it. */
  region: StatisticsRegion | null;
  trail: StatisticsRegion[];
  /** One row per region one level down, each with its subtree; key is the region's id. */
  by_region: TargetCoverage[];
  by_status: Record<string, number>;
  submitted: number;
  approved: number;
  returned: number;
  rejected: number;
  /** Decided targets (approved, adjusting, failed) and, of those, approved without a return. */
  decided: number;
  first_pass: number;
  /** first_pass ÷ decided, "—" when nothing is decided (R-MON-2). */
  first_pass_rate: string;
  /** The departments of the region's own level (本级), largest first. */
  by_department: TargetCoverage[];
  by_fund_type: TargetCoverage[];
}
