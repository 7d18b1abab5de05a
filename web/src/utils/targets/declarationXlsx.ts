// Writes a target's declaration table (declarationLayout.ts) as an .xlsx: the planned cells and
// merges with thin borders, bold labels, wrapped text, money as 万元 with two decimals, and an A4
// print setup fitted to the page width.
import type { Framework, Target } from '../../api/targetTypes';
import { projectsApi } from '../../api/projects';
import { loadExcel, workbookBlob } from '../excel';
import { saveBlob } from '../format';
import { fenToWanNumber } from '../money';
import { DEPARTMENT_DECLARATION, PROJECT_DECLARATION, planDeclaration, type Facts, type SheetPlan } from './declarationLayout';

/** The facts the layouts name, from a target (and its project's category). */
export function declarationFacts(t: Target, projectKind = ''): Facts {
  // A department's budget is its key tasks' money when the target carries no amount of its own.
  const taskFen = (t.tasks ?? []).reduce((sum, k) => sum + (k.amount_fen ?? 0), 0);
  const fen = t.amount_fen || (t.kind === 'department' ? taskFen : t.amount_fen);
  const annual = fen == null ? null : fenToWanNumber(fen);
  return {
    year: t.year,
    project_name: t.project_name,
    department: t.department_name,
    unit_name: t.unit_name,
    project_kind: projectKind,
    period: `${t.year}年`,
    medium_total: null, medium_fiscal: null, medium_other: null,
    annual_total: annual, annual_fiscal: annual, annual_other: annual == null ? null : 0,
    medium_goal: t.medium_term_goal,
    annual_goal: t.overall_goal,
    duties: t.duties,
  };
}

export async function writePlan(plan: SheetPlan, sheetName: string) {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }, printArea: plan.printArea,
    },
  });
  ws.columns = plan.columns.map((w) => ({ width: w }));
  const thin = { style: 'thin' as const };
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value ?? '';
    const isText = c.role === 'text' || c.role === 'value' || c.role === 'indicator';
    cell.alignment = {
      vertical: 'middle', wrapText: true,
      horizontal: c.role === 'money' ? 'right' : c.role === 'text' ? 'left' : isText && c.col > 2 ? 'left' : 'center',
      ...(c.role === 'text' ? { vertical: 'top' as const } : {}),
    };
    if (c.role === 'title') cell.font = { name: '宋体', size: 16, bold: true };
    else if (c.role === 'subtitle') cell.font = { name: '宋体', size: 11 };
    else cell.font = { name: '宋体', size: 10.5, bold: c.role === 'label' || c.role === 'head' };
    if (c.role === 'money') cell.numFmt = '0.00';
    if (c.role !== 'title' && c.role !== 'subtitle') {
      for (let r = c.row; r <= c.rowEnd; r++)
        for (let k = c.col; k <= c.colEnd; k++)
          ws.getCell(r, k).border = { top: thin, left: thin, bottom: thin, right: thin };
      if (c.role === 'label' || c.role === 'head') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }
  for (const [t, l, b, r] of plan.merges) ws.mergeCells(t, l, b, r);
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = h;
  return workbookBlob(wb);
}

/** Builds and downloads 「<project> 绩效目标申报表.xlsx」. */
export async function exportDeclaration(t: Target, framework: Framework | null) {
  let projectKind = '';
  if (t.project_id) {
    try { projectKind = (await projectsApi.get(t.project_id)).category_label.replace(/项目$/, ''); } catch { /* left blank */ }
  }
  const facts = declarationFacts(t, projectKind);
  const project = t.kind === 'project';
  const tasks = (t.tasks ?? []).map((k) => ({ duty: k.duty, name: k.name, amount: fenToWanNumber(k.amount_fen ?? 0) }));
  const plan = planDeclaration(project ? PROJECT_DECLARATION : DEPARTMENT_DECLARATION, facts, t.indicators, framework, tasks);
  const name = project ? t.project_name : `${t.department_name}${t.year}年度部门整体`;
  saveBlob(await writePlan(plan, '绩效目标申报表'), `${name}绩效目标申报表.xlsx`);
}
