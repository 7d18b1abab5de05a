// One checkpoint's page apart from the page: the early warning's headline before it opens
// (R-MO-2: a month ahead), and where each warning notice (预警纠偏告知函) stands by its findings
// (R-RA-1): sent, answered, closed, or overdue.
import type { Tone } from '../projectFields';

export interface NoticeCounts { findings: number; open: number; answered: number; closed: number; overdue: number }
export interface NoticeState { key: 'sent' | 'answered' | 'closed' | 'overdue'; label: string; tone: Tone }

/** Where a notice stands: overdue while any finding is open past its due date; closed when all
 *  are; answered when none is open; sent (awaiting the unit's answer) otherwise. */
export function noticeState(n: NoticeCounts): NoticeState {
  if (n.overdue > 0) return { key: 'overdue', label: '逾期未反馈', tone: 'danger' };
  if (n.findings > 0 && n.closed === n.findings) return { key: 'closed', label: '已销号', tone: 'success' };
  if (n.findings > 0 && n.open === 0) return { key: 'answered', label: '已反馈', tone: 'primary' };
  return { key: 'sent', label: '已下达', tone: 'warning' };
}

/** "3 个问题：待整改 1、已反馈 1、已销号 1" — only the states with any. */
export function noticeProgress(n: NoticeCounts): string {
  const parts = [['待整改', n.open], ['已反馈', n.answered], ['已销号', n.closed]]
    .filter(([, c]) => (c as number) > 0).map(([l, c]) => `${l} ${c}`);
  return `${n.findings} 个问题` + (parts.length ? '：' + parts.join('、') : '');
}

/** The notices at a checkpoint in one line for its row in the list. */
export function noticesLine(items: NoticeCounts[]): string {
  if (!items.length) return '尚未下达告知函';
  const overdue = items.filter((n) => n.overdue > 0).length;
  return `告知函 ${items.length} 份` + (overdue ? `，逾期未反馈 ${overdue} 份` : '');
}

/** The forecast's headline: "预计红色预警 3 个、蓝色预警 2 个项目". */
export function forecastLine(red: number, blue: number): string {
  if (!red && !blue) return '暂无项目预计被预警';
  const parts = [];
  if (red) parts.push(`红色预警 ${red} 个`);
  if (blue) parts.push(`蓝色预警 ${blue} 个`);
  return `预计${parts.join('、')}项目`;
}

/** After 重新测算: what the office is told. */
export function forecastDone(r: { projects: number; red: number; blue: number }): string {
  return `已按当前支出进度测算 ${r.projects} 个项目，${forecastLine(r.red, r.blue)}`;
}

/** Whether the office may forecast the checkpoint today: its own, planned, before the date. */
export function canForecast(c: { status: string; as_of: string; region_id: number }, regionId: number | undefined, today: string): boolean {
  return c.status === 'planned' && c.region_id === regionId && today < c.as_of;
}
