// The assessment's coded values and their Chinese labels, from the files the server reads: the
// statuses are the states of data/workflows/assessment.json, the conclusions R-EA-2's.
import { tones, vocabulary, type Choice, type Tone } from '../projectFields';
import workflow from '../../../../data/workflows/assessment.json';
import vocabularies from '../../../../data/vocabularies/assessment.json';

export const ASSESSMENT_STATUSES: Choice[] = workflow.states.map((s) => ({ value: s.name, label: s.label }));
export const ASSESSMENT_STATUS_TAG: Record<string, Tone> = Object.fromEntries(
  workflow.states.map((s) => [s.name, s.tone as Tone]),
);
export const ASSESSMENT_KINDS: Choice[] = vocabulary(vocabularies, 'assessment_kind');
export const ASSESSMENT_LEVELS: Choice[] = vocabulary(vocabularies, 'assessment_level');
export const CONCLUSIONS: Choice[] = vocabulary(vocabularies, 'assessment_conclusion');
export const CONCLUSION_TAG: Record<string, Tone> = tones(vocabularies, 'assessment_conclusion');
/** The label of a workflow action or decision ("选为重点评估"). */
export function actionLabel(name: string): string {
  return (workflow.labels as Record<string, string>)[name] ?? name;
}
