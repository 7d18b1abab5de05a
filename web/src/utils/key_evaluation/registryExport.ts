// The columns of the registries' 导出 Excel (第三方机构, 专家库): the list as filtered, in the
// table's order, with Chinese headers and people's names, never codes.
import type { ExportColumn } from '../../components/ListExport.vue';
import type { Agency, Expert } from '../../api/keyEvaluation';
import { formatTime } from '../format';

/** 回避关系 as the table shows it: 州审计局（原工作单位）；… */
export const avoidText = (e: Pick<Expert, 'avoid'>) => e.avoid.map((a) => `${a.name}（${a.reason}）`).join('；');

export const AGENCY_COLUMNS: ExportColumn<Agency>[] = [
  { header: '机构名称', width: 32, value: (a) => a.name },
  { header: '统一社会信用代码', width: 22, value: (a) => a.credit_code },
  { header: '资质情况', width: 36, value: (a) => a.qualifications },
  { header: '从业人数', width: 10, value: (a) => a.staff_count },
  { header: '联系人', width: 12, value: (a) => a.contact_person },
  { header: '联系电话', width: 16, value: (a) => a.contact_phone },
  { header: '登记地区', width: 14, value: (a) => a.region_name },
  { header: '状态', width: 10, value: (a) => a.status_label },
  { header: '更新时间', width: 18, value: (a) => formatTime(a.updated_at) },
];

export const EXPERT_COLUMNS: ExportColumn<Expert>[] = [
  { header: '姓名', width: 12, value: (e) => e.name },
  { header: '专业领域', width: 28, value: (e) => e.fields.join('、') },
  { header: '职称', width: 16, value: (e) => e.title },
  { header: '工作单位', width: 28, value: (e) => e.employer },
  { header: '联系电话', width: 16, value: (e) => e.phone },
  { header: '回避关系', width: 40, value: (e) => avoidText(e) },
  { header: '登记地区', width: 14, value: (e) => e.region_name },
  { header: '状态', width: 10, value: (e) => e.status_label },
  { header: '更新时间', width: 18, value: (e) => formatTime(e.updated_at) },
];
