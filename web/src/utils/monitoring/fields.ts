// The monitoring stage's coded values and their Chinese labels, from the files the server reads:
// the report's states are those of data/workflows/monitoring_report.json, the rest the
// vocabularies of data/vocabularies/monitoring.json (R-MO-1 至 R-MO-5).
import { tones, vocabulary, type Choice, type Tone } from '../projectFields';
import workflow from '../../../../data/workflows/monitoring_report.json';
import vocabularies from '../../../../data/vocabularies/monitoring.json';

export const REPORT_STATUSES: Choice[] = workflow.states.map((s) => ({ value: s.name, label: s.label }));
export const REPORT_STATUS_TAG: Record<string, Tone> = Object.fromEntries(
  workflow.states.map((s) => [s.name, s.tone as Tone]),
);
export const LIKELIHOODS: Choice[] = vocabulary(vocabularies, 'monitoring_likelihood');
export const LIKELIHOOD_TAG: Record<string, Tone> = tones(vocabularies, 'monitoring_likelihood');
export const DEVIATION_REASONS: Choice[] = vocabulary(vocabularies, 'deviation_reason');
export const COLOURS: Choice[] = vocabulary(vocabularies, 'warning_colour');
export const COLOUR_TAG: Record<string, Tone> = tones(vocabularies, 'warning_colour');
export const CHECKPOINT_STATUS_TAG: Record<string, Tone> = tones(vocabularies, 'checkpoint_status');
export const OUTCOMES: Choice[] = vocabulary(vocabularies, 'monitoring_outcome');
export const OUTCOME_TAG: Record<string, Tone> = tones(vocabularies, 'monitoring_outcome');
