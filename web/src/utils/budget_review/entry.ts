// What finance types in a row of the 预算评审 table, checked as the server checks it
// (budget_review/model.cpp check_entry) so that a row shows its problem before 保存: the approved
// amount in 万元, not above the submitted amount; a reason for a cut when the region's R-BR-1
// asks for one, none where nothing was cut.
import { parseWan, fenToWan } from '../money';

export interface RowDraft { approved: string; reason: string; comment: string }
export interface RowCheck { approved_fen: number | null; errors: Partial<Record<'approved' | 'reason' | 'comment', string>> }

export function checkRow(d: RowDraft, submittedFen: number, reasonRequired: boolean): RowCheck {
  const errors: RowCheck['errors'] = {};
  let approvedFen: number | null = null;
  const parsed = parseWan(d.approved, 6);
  if (!parsed.ok) errors.approved = d.approved.trim() === '' ? '请填写审定金额' : parsed.error;
  else if (parsed.fen > submittedFen) errors.approved = `审定金额不能超过送审金额（${fenToWan(submittedFen)} 万元）`;
  else approvedFen = parsed.fen;
  if (approvedFen !== null) {
    const cut = submittedFen - approvedFen;
    if (cut > 0 && !d.reason && reasonRequired) errors.reason = '有审减时请选择审减原因';
    if (cut === 0 && d.reason) errors.reason = '未审减时不填审减原因';
  }
  if ([...d.comment].length > 500) errors.comment = '说明最多 500 个字';
  return { approved_fen: approvedFen, errors };
}

/** 审减率 as the server writes it: two decimals, half up; "—" when nothing was submitted. */
export function cutRate(cutFen: number, submittedFen: number): string {
  if (submittedFen === 0) return '—';
  const scaled = (BigInt(cutFen) * 100_000n) / BigInt(submittedFen);  // thousandths of a percent
  const hundredths = (scaled + 5n) / 10n;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/** The server's field of a batch item (items[3].approved_fen) as the row and its cell. */
export function fieldOfItem(field: string | undefined): { index: number; cell: 'approved' | 'reason' | 'comment' | 'row' } | null {
  const m = /^items\[(\d+)\]\.?(\w*)$/.exec(field ?? '');
  if (!m) return null;
  const cell = m[2] === 'approved_fen' ? 'approved' : m[2] === 'cut_reason' ? 'reason' : m[2] === 'comment' ? 'comment' : 'row';
  return { index: Number(m[1]), cell };
}
