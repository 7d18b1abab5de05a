// Pure helpers of the 绩效考核 pages (R-AP-1): the weights' sum in hundredths as typed (the
// server refuses a table that is not exactly 100), and the scorecard and a point's rows as
// spreadsheet columns.
import type { ItemColumn, PointRow, ScoreRow } from '../../api/appraisal';

/** A weight as typed ("12.5", 10) in hundredths of a point; null when it is not a number with at most two decimals in 0–100. */
export function weightHundredths(v: string | number | null | undefined): number | null {
  const text = String(v ?? '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, frac = ''] = text.split('.');
  const h = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return h <= 10000 ? h : null;
}

/** The sum of the weights in hundredths, and whether every one is valid and they make 100. */
export function weightSum(weights: (string | number | null | undefined)[]): { hundredths: number; text: string; ok: boolean } {
  let sum = 0;
  let valid = true;
  for (const w of weights) {
    const h = weightHundredths(w);
    if (h === null) valid = false;
    else sum += h;
  }
  const text = `${Math.floor(sum / 100)}.${String(sum % 100).padStart(2, '0')}`;
  return { hundredths: sum, text, ok: valid && sum === 10000 };
}

/** "12/15" or "1,234.56/2,000.00 万元" for a point's counts. */
export function countsText(item: { numerator: number; denominator: number }, money: boolean): string {
  if (!money) return `${item.numerator}/${item.denominator}`;
  const wan = (fen: number) => (fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${wan(item.numerator)}/${wan(item.denominator)} 万元`;
}

export interface SheetColumn<R> { header: string; width: number; value: (r: R) => string | number | null; money?: boolean }

/** The scorecard as a sheet: rank, name, each item's points, the total. */
export function scorecardColumns(items: ItemColumn[], subjectLabel: string): SheetColumn<ScoreRow>[] {
  return [
    { header: '名次', width: 8, value: (r) => r.rank ?? '—' },
    { header: subjectLabel, width: 24, value: (r) => r.name },
    ...items.map((it, i): SheetColumn<ScoreRow> => ({
      header: `${it.label}（${it.weight} 分）`, width: 18,
      value: (r) => (r.items[i].points === null ? '—' : `${r.items[i].points}（${r.items[i].rate === '—' ? '—' : r.items[i].rate + '%'}）`),
    })),
    { header: '总分', width: 10, value: (r) => r.total ?? '—' },
  ];
}

/** The rows behind a point as a sheet. */
export const POINT_COLUMNS: SheetColumn<PointRow>[] = [
  { header: '事项', width: 40, value: (r) => r.title },
  { header: '单位', width: 24, value: (r) => r.unit_name },
  { header: '金额（万元）', width: 16, value: (r) => r.amount_fen, money: true },
  { header: '状态', width: 14, value: (r) => r.status_label },
  { header: '说明', width: 30, value: (r) => r.note },
  { header: '计入完成', width: 10, value: (r) => (r.counted ? '是' : '否') },
];
