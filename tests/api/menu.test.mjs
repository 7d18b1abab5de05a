// The side menu each role is served: what it may use. The web app shows exactly this and refuses
// every other page, so this table is the expectation of who sees what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const MENUS = {
  demo_admin: ['/home', '/projects', '/projects/new', '/projects/import', '/budget-reviews/statistics', '/library/indicators', '/library/cases', '/targets/statistics', '/rules', '/org/regions', '/org/units', '/org/users', '/org/service-accounts', '/org/years', '/org/api-docs'],
  demo_office: ['/home', '/documents', '/projects', '/projects/new', '/projects/import', '/assessments', '/assessments/scoring', '/assessments/statistics', '/budget-reviews', '/budget-reviews/statistics', '/targets', '/targets/review', '/library/indicators', '/library/cases', '/targets/statistics', '/rules', '/monitoring/reports', '/monitoring/checkpoints', '/monitoring/board', '/monitoring/statistics', '/self-evaluations', '/self-evaluations/department', '/self-evaluations/office', '/self-evaluations/rounds', '/self-evaluations/statistics', '/self-evaluation-reviews/plans', '/self-evaluation-reviews/samples', '/key-evaluations/plan', '/key-evaluations', '/agencies', '/experts', '/key-evaluation-cross-rounds', '/agency-scorecards', '/key-evaluations/statistics', '/findings', '/result-application/actions', '/result-application/breaches', '/result-application/what-if', '/disclosures', '/appraisal/departments', '/appraisal/regions', '/appraisal/weights', '/annual-report', '/annual-report/funnel', '/annual-report/compare', '/org/regions', '/org/units', '/org/users', '/org/years', '/org/api-docs'],
  demo_section: ['/home', '/documents', '/projects', '/projects/new', '/projects/import', '/assessments', '/assessments/scoring', '/assessments/statistics', '/budget-reviews', '/budget-reviews/statistics', '/targets', '/targets/review', '/library/indicators', '/library/cases', '/targets/statistics', '/monitoring/reports', '/monitoring/checkpoints', '/monitoring/board', '/monitoring/statistics', '/self-evaluations', '/self-evaluations/statistics', '/self-evaluation-reviews/samples', '/key-evaluations/plan', '/key-evaluations', '/agencies', '/experts', '/key-evaluation-cross-rounds', '/agency-scorecards', '/key-evaluations/statistics', '/findings', '/result-application/actions', '/result-application/breaches', '/result-application/what-if', '/appraisal/departments', '/appraisal/regions', '/org/units'],
  demo_department: ['/home', '/projects', '/projects/new', '/projects/import', '/assessments', '/budget-reviews', '/targets', '/targets/review', '/library/indicators', '/library/cases', '/monitoring/reports', '/monitoring/checkpoints', '/self-evaluations', '/self-evaluations/department', '/key-evaluations/evaluated', '/findings', '/result-application/actions', '/appraisal/departments', '/org/units'],
  demo_unit: ['/home', '/projects', '/projects/new', '/projects/import', '/assessments', '/budget-reviews', '/targets', '/library/indicators', '/library/cases', '/monitoring/reports', '/monitoring/checkpoints', '/self-evaluations', '/key-evaluations/evaluated', '/findings', '/result-application/actions'],
  demo_agency: ['/home', '/assessments/scoring', '/targets/review', '/library/indicators', '/library/cases', '/key-evaluations/commissions', '/agencies', '/key-evaluation-cross-rounds', '/agency-scorecards'],
  demo_expert: ['/home', '/assessments/scoring', '/targets/review', '/library/indicators', '/library/cases', '/self-evaluation-reviews/samples', '/key-evaluations/reviews', '/experts'],
  demo_viewer: ['/home', '/documents', '/projects', '/assessments', '/assessments/statistics', '/budget-reviews', '/budget-reviews/statistics', '/targets', '/library/indicators', '/library/cases', '/targets/statistics', '/monitoring/reports', '/monitoring/checkpoints', '/monitoring/board', '/monitoring/statistics', '/self-evaluations', '/self-evaluations/rounds', '/self-evaluations/statistics', '/self-evaluation-reviews/plans', '/key-evaluations', '/agencies', '/experts', '/key-evaluation-cross-rounds', '/agency-scorecards', '/key-evaluations/statistics', '/findings', '/result-application/actions', '/result-application/breaches', '/disclosures', '/appraisal/departments', '/appraisal/regions', '/annual-report', '/annual-report/funnel', '/annual-report/compare', '/org/regions', '/org/units'],
};

// Pages outside the menu: an official document's page belongs to its readers (finance and the
// addressed departments and units), a target's review page to those who review (a department
// reviews its units' targets, R-TR-1).
const READERS = new Set(['demo_office', 'demo_section', 'demo_department', 'demo_unit', 'demo_viewer']);
const REVIEWERS = new Set(['demo_office', 'demo_section', 'demo_department', 'demo_agency', 'demo_expert']);
// An assessment's workbench belongs to everyone who takes part in one (scorers included).
const ASSESSORS = new Set([...READERS, 'demo_agency', 'demo_expert']);
// A self-evaluation review's sample belongs to those who review and to those who read the plans.
const SAMPLE_READERS = new Set(['demo_office', 'demo_section', 'demo_expert', 'demo_viewer']);
// A key evaluation's page: finance, viewers, the agency, the experts and the evaluated party.
const KEY_EVALUATION_READERS = new Set([...READERS, 'demo_agency', 'demo_expert']);
const PAGES = [['/documents/{id}', READERS], ['/assessments/{id}', ASSESSORS], ['/targets/{id}/review', REVIEWERS],
  ['/self-evaluations/{id}', READERS], ['/self-evaluation-reviews/samples/{id}', SAMPLE_READERS],
  ['/key-evaluations/{id}', KEY_EVALUATION_READERS], ['/findings/{id}', READERS],
  ['/disclosures/{id}', new Set(['demo_office', 'demo_viewer'])]];

// The whole menu, as the performance office (who sees every entry) is served it.
const OFFICE = [
  { title: '工作台', icon: 'HomeFilled', items: [['/home', '首页'], ['/documents', '发文登记']] },
  { title: '项目库', icon: 'Folder', items: [['/projects', '项目列表'], ['/projects/new', '新增项目'], ['/projects/import', '导入项目']] },
  { title: '事前绩效评估', icon: 'Checked', items: [['/assessments', '评估列表'], ['/assessments/scoring', '我的评分'],
    ['/assessments/statistics', '评估统计']] },
  { title: '预算评审', icon: 'DataAnalysis', items: [['/budget-reviews', '预算评审'], ['/budget-reviews/statistics', '审减率统计']] },
  { title: '绩效目标', icon: 'Aim', items: [['/targets', '目标填报'], ['/targets/review', '目标审核'],
    ['/library/indicators', '指标库'], ['/library/cases', '案例库'], ['/targets/statistics', '目标统计'], ['/rules', '规则设置']] },
  { title: '绩效运行监控', icon: 'Monitor', items: [['/monitoring/reports', '监控报告'], ['/monitoring/checkpoints', '监控节点'],
    ['/monitoring/board', '预警看板'], ['/monitoring/statistics', '监控统计']] },
  { title: '绩效自评', icon: 'TrendCharts', items: [['/self-evaluations', '自评填报'], ['/self-evaluations/department', '自评汇总'],
    ['/self-evaluations/office', '自评审核'], ['/self-evaluations/rounds', '自评任务'], ['/self-evaluations/statistics', '自评统计']] },
  { title: '自评复核', icon: 'Document', items: [['/self-evaluation-reviews/plans', '抽查计划'],
    ['/self-evaluation-reviews/samples', '复核工作台']] },
  { title: '重点评价', icon: 'DataAnalysis', items: [['/key-evaluations/plan', '评价计划'], ['/key-evaluations', '评价项目'], ['/agencies', '第三方机构'], ['/experts', '专家库'],
    ['/key-evaluation-cross-rounds', '互审互评'], ['/agency-scorecards', '机构考评'], ['/key-evaluations/statistics', '重点评价统计']] },
  { title: '结果应用', icon: 'Checked', items: [['/findings', '整改台账'], ['/result-application/actions', '预算调整建议'],
    ['/result-application/breaches', '超限清单'], ['/result-application/what-if', '模拟测算']] },
  { title: '信息公开', icon: 'Promotion', items: [['/disclosures', '公开清单']] },
  { title: '绩效考核', icon: 'TrendCharts', items: [['/appraisal/departments', '部门考核'], ['/appraisal/regions', '下级考核'],
    ['/appraisal/weights', '考核权重']] },
  { title: '年度报告', icon: 'Document', items: [['/annual-report', '年度报告'], ['/annual-report/funnel', '全流程概览'],
    ['/annual-report/compare', '年度对比']] },
  { title: '组织机构', icon: 'OfficeBuilding', items: [['/org/regions', '地区与财政局'], ['/org/units', '部门与单位'],
    ['/org/users', '用户管理'], ['/org/years', '预算年度'], ['/org/api-docs', '接口文档']] },
];

for (const [username, expected] of Object.entries(MENUS)) {
  test(`${username} is served exactly its menu`, async () => {
    const res = await (await loggedIn(server.base, username)).get('/api/v1/menu');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const groups = res.body.groups;
    assert.deepEqual(groups.flatMap((g) => g.items.map((i) => i.path)), expected);
    assert.ok(groups.every((g) => g.items.length > 0), 'an empty group is left out');
    const mine = PAGES.filter(([, who]) => who.has(username)).map(([p]) => p);
    assert.deepEqual(res.body.pages, mine);
    // The rest of the menu is named as refused, so that the web app does not take a page below
    // one of them (目标审核 under 目标填报) for a page of the entry above it.
    // An agency's, an expert's and the evaluated party's own lists stand beside finance's.
    // 接口账号 is the administrator's alone.
    const every = OFFICE.flatMap((g) => g.items.map(([path]) => path))
      .flatMap((p) => (p === '/key-evaluations'
        ? [p, '/key-evaluations/commissions', '/key-evaluations/reviews', '/key-evaluations/evaluated']
        : p === '/org/users' ? [p, '/org/service-accounts'] : [p]));
    assert.deepEqual(res.body.refused,
      [...every.filter((p) => !expected.includes(p)), ...PAGES.filter(([, who]) => !who.has(username)).map(([p]) => p)]);
  });
}

test('the performance office is served every group, in stage order, with titles and icons', async () => {
  const res = await (await loggedIn(server.base, 'demo_office')).get('/api/v1/menu');
  assert.deepEqual(res.body.groups,
    OFFICE.map((g) => ({ ...g, items: g.items.map(([path, title]) => ({ path, title })) })));
});

test('the menu needs a session', async () => {
  const res = await new Client(server.base).get('/api/v1/menu');
  assert.equal(res.status, 401);
  assert.equal(res.body.code, 'unauthenticated');
});
