// A checkpoint's page apart from the page (web/src/utils/monitoring/checkpoint.ts): where a warning
// notice stands by its findings (R-RA-1), the early warning's headline (R-MO-2) and who may
// forecast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { noticeState, noticeProgress, noticesLine, forecastLine, forecastDone, canForecast } = await load('monitoring/checkpoint');

const n = (findings, open, answered, closed, overdue = 0) => ({ findings, open, answered, closed, overdue });

test('a notice is overdue while any finding is open past the due date, whatever the others', () => {
  const cases = [
    // [counts, state, note]
    [n(3, 3, 0, 0), 'sent', '刚下达，都待整改'],
    [n(3, 1, 2, 0), 'sent', '部分已反馈，仍有待整改'],
    [n(3, 1, 1, 1, 1), 'overdue', '有一项逾期未反馈'],
    [n(2, 0, 2, 0), 'answered', '都已反馈，待销号'],
    [n(2, 0, 1, 1), 'answered', '一项已销号，一项已反馈'],
    [n(2, 0, 0, 2), 'closed', '都已销号'],
    [n(0, 0, 0, 0), 'sent', '没有问题（不应出现）仍算已下达，不算已销号'],
  ];
  for (const [counts, key, note] of cases) assert.equal(noticeState(counts).key, key, note);
  assert.deepEqual(noticeState(n(1, 1, 0, 0, 1)), { key: 'overdue', label: '逾期未反馈', tone: 'danger' });
  assert.equal(noticeState(n(1, 0, 0, 1)).label, '已销号');
});

test('a notice\'s progress names only the states it has', () => {
  assert.equal(noticeProgress(n(3, 1, 0, 2)), '3 个问题：待整改 1、已销号 2');
  assert.equal(noticeProgress(n(0, 0, 0, 0)), '0 个问题');
  assert.equal(noticesLine([]), '尚未下达告知函');
  assert.equal(noticesLine([n(1, 1, 0, 0, 1), n(2, 0, 2, 0)]), '告知函 2 份，逾期未反馈 1 份');
  assert.equal(noticesLine([n(2, 0, 2, 0)]), '告知函 1 份');
});

test('the forecast\'s headline counts red before blue and says so when none would be warned', () => {
  assert.equal(forecastLine(3, 2), '预计红色预警 3 个、蓝色预警 2 个项目');
  assert.equal(forecastLine(0, 2), '预计蓝色预警 2 个项目');
  assert.equal(forecastLine(0, 0), '暂无项目预计被预警');
  assert.equal(forecastDone({ projects: 120, red: 1, blue: 0 }), '已按当前支出进度测算 120 个项目，预计红色预警 1 个项目');
});

test('only the checkpoint\'s own office forecasts, while it is planned and before its date', () => {
  const c = { status: 'planned', as_of: '2026-12-31', region_id: 7 };
  assert.equal(canForecast(c, 7, '2026-12-04'), true);
  assert.equal(canForecast(c, 8, '2026-12-04'), false, '上级或下级地区的节点');
  assert.equal(canForecast(c, 7, '2026-12-31'), false, '数据截至日当天起不再预测');
  assert.equal(canForecast({ ...c, status: 'open' }, 7, '2026-12-04'), false, '已开启的节点看实际预警');
});
