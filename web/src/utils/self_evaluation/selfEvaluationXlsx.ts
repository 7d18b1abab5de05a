// Writes self-evaluations as the national 项目支出绩效自评表 (selfEvaluationLayout.ts): one
// evaluation as one sheet, or a department's batch with a sheet per evaluation named after its
// project, each with thin borders, bold labels, wrapped text, money in 万元 and scores with two
// decimals, and an A4 print setup fitted to the page width as the declaration table has.
import type * as ExcelTypes from 'exceljs';
import type { Framework } from '../../api/targetTypes';
import { loadExcel, workbookBlob } from '../excel';
import { saveBlob } from '../format';
import type { SheetPlan } from '../targets/declarationLayout';
import { SHIPPED_FRAMEWORKS, frameworkFor, planSelfEvaluation, type SelfEvaluationSheetInput } from './selfEvaluationLayout';

const SHEET_NAME_MAX = 31;

/**
 * Sheet names for a list of titles: characters Excel refuses replaced, at most 31 characters,
 * unique without regard to case (as Excel compares them) by a "(2)", "(3)" at the end.
 */
export function sheetNames(titles: string[]): string[] {
  const taken = new Set<string>();
  return titles.map((t) => {
    const base = t.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim() || '自评表';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `(${n})`;
      const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  });
}

/** Adds one planned sheet to a workbook. */
export function addPlanSheet(wb: ExcelTypes.Workbook, plan: SheetPlan, sheetName: string): ExcelTypes.Worksheet {
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
    const left = c.role === 'text' || ((c.role === 'value' || c.role === 'indicator') && c.col > 2 && c.value !== '—');
    cell.alignment = {
      vertical: c.role === 'text' ? 'top' : 'middle', wrapText: true,
      horizontal: c.role === 'money' ? 'right' : left ? 'left' : 'center',
    };
    if (c.role === 'title') cell.font = { name: '宋体', size: 16, bold: true };
    else if (c.role === 'subtitle') cell.font = { name: '宋体', size: 11 };
    else cell.font = { name: '宋体', size: 10.5, bold: c.role === 'label' || c.role === 'head' };
    if ((c.role === 'money' || c.role === 'score') && typeof c.value === 'number') cell.numFmt = '0.00';
    if (c.role !== 'title' && c.role !== 'subtitle') {
      for (let r = c.row; r <= c.rowEnd; r++)
        for (let k = c.col; k <= c.colEnd; k++)
          ws.getCell(r, k).border = { top: thin, left: thin, bottom: thin, right: thin };
      if (c.role === 'label' || c.role === 'head') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }
  for (const [t, l, b, r] of plan.merges) ws.mergeCells(t, l, b, r);
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = h;
  return ws;
}

/**
 * The workbook of one or many evaluations, a sheet each in the order given. `frameworks` name the
 * indicators' categories and order them (the shipped ones by default).
 */
export async function selfEvaluationWorkbook(evaluations: SelfEvaluationSheetInput[],
  frameworks: Framework[] = SHIPPED_FRAMEWORKS): Promise<Blob> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  const names = sheetNames(evaluations.map((e) => e.name));
  evaluations.forEach((e, k) => addPlanSheet(wb, planSelfEvaluation(e, frameworkFor(e, frameworks)), names[k]));
  return workbookBlob(wb);
}

/** Downloads 「<project>项目支出绩效自评表.xlsx」. */
export async function exportSelfEvaluation(e: SelfEvaluationSheetInput, frameworks: Framework[] = SHIPPED_FRAMEWORKS) {
  const title = e.kind === 'department' ? '部门整体支出绩效自评表' : '项目支出绩效自评表';
  saveBlob(await selfEvaluationWorkbook([e], frameworks), `${e.name}${title}.xlsx`);
}

/** Downloads a department's batch: 「<department><year>年度绩效自评表.xlsx」, a sheet per evaluation. */
export async function exportSelfEvaluations(list: SelfEvaluationSheetInput[], frameworks: Framework[] = SHIPPED_FRAMEWORKS,
  fileTitle?: string) {
  if (!list.length) return;
  const title = fileTitle ?? `${list[0].department_name}${list[0].year}年度绩效自评表`;
  saveBlob(await selfEvaluationWorkbook(list, frameworks), `${title}.xlsx`);
}
