// The target editor's working copy and the bodies it sends: lint and create take the target as
// written (the JSON contract); PATCH takes the same fields with the version read. Rows carry a
// local key so that moving and removing them keeps Vue's rows and the highlighted finding right.
import type { IndicatorInput, LibraryIndicator, Target, TargetDraft, TargetTask, TargetUpdate } from '../../api/targetTypes';
import { fenToWanExact, parseWan } from '../money';
import { comparatorCode } from './fields';

export interface EditorIndicator extends Required<Omit<IndicatorInput, 'direction'>> {
  key: number;
  direction: string;
}

export interface EditorTask {
  key: number;
  duty: string;
  name: string;
  /** 万元 as typed. */
  amount: string;
  project_ids: number[];
}

export interface EditorState {
  overall_goal: string;
  medium_term_goal: string;
  duties: string;
  tasks: EditorTask[];
  indicators: EditorIndicator[];
}

let nextKey = 1;
export function newKey(): number { return nextKey++; }

export function blankIndicator(category = '', subcategory = ''): EditorIndicator {
  return {
    key: newKey(), category, subcategory, name: '', comparator: '>=', value: '', unit: '', weight: 0, direction: '',
    value_basis: '', explanation: '', medium_value: '',
  };
}

export function toEditorIndicator(i: Partial<IndicatorInput>): EditorIndicator {
  return {
    key: newKey(),
    category: i.category ?? '',
    subcategory: i.subcategory ?? '',
    name: i.name ?? '',
    comparator: i.comparator ?? '>=',
    value: i.value ?? '',
    unit: i.unit ?? '',
    weight: typeof i.weight === 'number' ? i.weight : Number(i.weight ?? 0) || 0,
    direction: i.direction ?? '',
    value_basis: i.value_basis ?? '',
    explanation: i.explanation ?? '',
    medium_value: i.medium_value ?? '',
  };
}

/** A library indicator as a new row: its typical value, unit, comparator and definition. */
export function fromLibrary(li: Partial<LibraryIndicator> & { name: string; value?: string; explanation?: string }): EditorIndicator {
  const comparator = li.comparator ? comparatorCode(li.comparator) ?? li.comparator : '>=';
  return toEditorIndicator({
    category: li.category ?? '', subcategory: li.subcategory ?? '', name: li.name, comparator,
    value: li.typical_value ?? li.value ?? '', unit: li.unit ?? '', weight: 0, direction: li.direction ?? '',
    value_basis: li.value_basis ?? '', explanation: li.definition ?? li.explanation ?? '',
  });
}

export function toEditor(t: Pick<Target, 'overall_goal' | 'medium_term_goal' | 'duties' | 'tasks' | 'indicators'>): EditorState {
  return {
    overall_goal: t.overall_goal ?? '',
    medium_term_goal: t.medium_term_goal ?? '',
    duties: t.duties ?? '',
    tasks: (t.tasks ?? []).map((k) => ({
      key: newKey(), duty: k.duty ?? '', name: k.name ?? '', amount: fenToWanExact(k.amount_fen ?? 0), project_ids: [...(k.project_ids ?? [])],
    })),
    indicators: (t.indicators ?? []).map(toEditorIndicator),
  };
}

function indicatorBody(i: EditorIndicator): IndicatorInput {
  const out: IndicatorInput = {
    category: i.category, subcategory: i.subcategory, name: i.name.trim(), comparator: i.comparator, value: i.value.trim(),
    unit: i.unit.trim(), weight: Number(i.weight) || 0,
  };
  if (i.direction) out.direction = i.direction;
  if (i.value_basis) out.value_basis = i.value_basis;
  if (i.explanation.trim()) out.explanation = i.explanation.trim();
  if (i.medium_value.trim()) out.medium_value = i.medium_value.trim();
  return out;
}

/** A task's 万元 → fen; 0 while the text is not an amount (the form shows the error). */
export function taskAmountFen(t: EditorTask): number {
  const m = parseWan(t.amount || '0', 6);
  return m.ok ? m.fen : 0;
}

function tasksBody(s: EditorState): TargetTask[] {
  return s.tasks.map((t) => ({ duty: t.duty.trim(), name: t.name.trim(), amount_fen: taskAmountFen(t), project_ids: t.project_ids }));
}

/** The target as written, for lint. */
export function lintBody(s: EditorState, t: Pick<Target, 'kind' | 'project_id' | 'amount_fen'>): TargetDraft {
  const body: TargetDraft = { kind: t.kind, overall_goal: s.overall_goal, indicators: s.indicators.map(indicatorBody) };
  if (t.project_id) body.project_id = t.project_id;
  if (t.amount_fen != null) body.amount_fen = t.amount_fen;
  if (s.medium_term_goal) body.medium_term_goal = s.medium_term_goal;
  if (t.kind === 'department') {
    body.duties = s.duties;
    body.tasks = tasksBody(s);
  }
  return body;
}

/** The PATCH body: every editable field with the version read. */
export function updateBody(s: EditorState, t: Pick<Target, 'kind' | 'version'>): TargetUpdate {
  const body: TargetUpdate = {
    version: t.version, overall_goal: s.overall_goal, medium_term_goal: s.medium_term_goal,
    indicators: s.indicators.map(indicatorBody),
  };
  if (t.kind === 'department') {
    body.duties = s.duties;
    body.tasks = tasksBody(s);
  }
  return body;
}

/** What the server would store, to tell whether the editor holds unsaved changes. */
export function fingerprint(s: EditorState, kind: string): string {
  return JSON.stringify(updateBody(s, { kind: kind as 'project', version: 0 }));
}

/** Moves row i by delta (−1 up, +1 down); returns false at an end. */
export function moveRow<T>(rows: T[], i: number, delta: number): boolean {
  const j = i + delta;
  if (i < 0 || i >= rows.length || j < 0 || j >= rows.length) return false;
  const [row] = rows.splice(i, 1);
  rows.splice(j, 0, row);
  return true;
}

/** The sum of the weights in hundredths (weights are points with at most two decimals). */
export function weightTotal(rows: { weight: number | string }[]): number {
  return rows.reduce((sum, r) => sum + Math.round((Number(r.weight) || 0) * 100), 0);
}
