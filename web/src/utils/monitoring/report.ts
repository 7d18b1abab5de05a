// The monitoring report form's own logic, apart from the page: the checkpoints to suggest, which
// answers need a reason, the 累计支出 typed in 万元, and where a server error belongs.
import { fenToWanExact, parseWan, type ParsedMoney } from '../money';

export interface CheckpointSuggestion { name: string; as_of: string; due: string }

/** The two checkpoints most regions set (R-MO-2): the end of May and of August, due 20 days on. */
export function checkpointSuggestions(year: number): CheckpointSuggestion[] {
  return [
    { name: '5月末监控', as_of: `${year}-05-31`, due: `${year}-06-20` },
    { name: '8月末监控', as_of: `${year}-08-31`, due: `${year}-09-20` },
  ];
}

/** The first suggestion the year has no checkpoint for (by date), else a blank form. */
export function nextSuggestion(year: number, taken: string[]): CheckpointSuggestion {
  return checkpointSuggestions(year).find((s) => !taken.includes(s.as_of)) ?? { name: '', as_of: '', due: '' };
}

/** A reason and a correction are asked for where the target may not be met (R-MO-1). */
export function needsReason(likelihood: string): boolean {
  return likelihood !== '' && likelihood !== 'certain';
}

/** 执行率 as shown: "25.00%", "—" where the budget is 0 (R-MON-2). */
export function rateText(rate: string | null | undefined): string {
  return rate == null || rate === '' || rate === '—' ? '—' : `${rate}%`;
}

/** The 累计支出 input's text for an amount in fen, exact to the fen. */
export function executedText(fen: number): string {
  return fenToWanExact(fen);
}

/** 累计支出 as typed in 万元 → fen exactly (up to six decimals: one fen), not above the budget. */
export function parseExecuted(text: string, budgetFen: number): ParsedMoney {
  const m = parseWan(text, 6);
  if (!m.ok) return m;
  if (m.fen > budgetFen) return { ok: false, error: '累计支出不能超过当前预算' };
  return m;
}

export type AnswerKey = 'value_so_far' | 'projected_value' | 'likelihood' | 'reason' | 'correction';

/** Where an error the server names belongs: "indicators[2].likelihood" → row 2's likelihood. */
export function answerField(field: string | undefined): { index: number; key: AnswerKey | 'row' } | null {
  const m = /^indicators\[(\d+)\](?:\.(\w+))?$/.exec(field ?? '');
  if (!m) return null;
  const keys: string[] = ['value_so_far', 'projected_value', 'likelihood', 'reason', 'correction'];
  const key = m[2] && keys.includes(m[2]) ? (m[2] as AnswerKey) : 'row';
  return { index: Number(m[1]), key };
}
