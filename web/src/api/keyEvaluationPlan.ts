// The year's plan of key evaluations (docs/API.md “Key evaluation plan”): its subjects, the
// suggestions of what to add and its coverage. Labels come from data/vocabularies/key_evaluation.json
// and the states' from data/workflows/key_evaluation.json, as the server's.
import vocab from '../../../data/vocabularies/key_evaluation.json';
import projectVocab from '../../../data/vocabularies/projects.json';
import workflow from '../../../data/workflows/key_evaluation.json';
import { api, query, request } from './client';

export type EvaluationKind = 'project' | 'department' | 'policy' | 'fiscal_operation' | 'mid_term' | 'special_bond';

export interface KeyEvaluation {
  id: number; region_id: number; region_name: string; year: number; kind: EvaluationKind; name: string;
  scope: string; project_id: number | null; project_code: string; department_id: number | null;
  department_name: string; unit_id: number | null; unit_name: string; subject_region_id: number | null;
  subject_region_name: string; fund_type: string; budget_fen: number; due: string; mode: 'agency' | 'finance';
  agency_id: number | null; agency_name: string; status: string; version: number; actions: string[];
}

export interface SuggestionReason { code: string; label: string; detail: string; figures: Record<string, number> }
export interface Suggestion {
  project_id: number; code: string; name: string; region_id: number; region_name: string;
  department_id: number; department_name: string; unit_id: number; unit_name: string;
  fund_type: string; category: string; amount_fen: number; reasons: SuggestionReason[];
}

export interface Coverage {
  count: number; budget_fen: number; projects_fen: number; share: string | null;
  by_kind: { kind: EvaluationKind; label: string; count: number; budget_fen: number }[];
  by_fund_type: { fund_type: string; label: string; count: number; budget_fen: number; projects_fen: number; share: string | null }[];
}

export interface PlanBody {
  year?: number; kind?: EvaluationKind; name?: string; scope?: string; project_id?: number;
  department_id?: number; unit_id?: number; subject_region_id?: number; fund_type?: string;
  budget_fen?: number; due?: string; mode?: string; version?: number;
}

const terms = (name: keyof typeof vocab) => (vocab[name] as { terms: { value: string; label: string }[] }).terms;
export const KIND_OPTIONS = terms('key_evaluation_kind');
export const MODE_OPTIONS = terms('key_evaluation_mode');
export const FUND_OPTIONS = projectVocab.fund_type.terms;
const label = (options: { value: string; label: string }[]) => (v: string) => options.find((o) => o.value === v)?.label ?? '';
export const kindLabel = label(KIND_OPTIONS);
export const modeLabel = label(MODE_OPTIONS);
export const fundLabel = label(FUND_OPTIONS);
export const statusLabel = label(workflow.states.map((s) => ({ value: s.name, label: s.label })));
export const statusTone = (s: string) => workflow.states.find((x) => x.name === s)?.tone ?? 'info';
/** The kinds whose subject is a project. */
export const PROJECT_KINDS: EvaluationKind[] = ['project', 'mid_term', 'special_bond'];

export const planApi = {
  list: (p: { year: number; region_id?: number; kind?: string; fund_type?: string; q?: string; limit?: number; offset?: number }) =>
    api.get<{ items: KeyEvaluation[]; next_cursor: string | null; total: number }>('/api/v1/key-evaluations' + query(p)),
  create: (body: PlanBody) => api.post<KeyEvaluation>('/api/v1/key-evaluations', body),
  update: (id: number, body: PlanBody) => request<KeyEvaluation>('PUT', `/api/v1/key-evaluations/${id}`, { body }),
  remove: (e: KeyEvaluation) => api.del<void>(`/api/v1/key-evaluations/${e.id}` + query({ version: e.version })),
  suggestions: (year: number) => api.get<{ items: Suggestion[] }>('/api/v1/key-evaluations/suggestions' + query({ year })),
  coverage: (year: number) => api.get<Coverage>('/api/v1/key-evaluations/coverage' + query({ year })),
};
