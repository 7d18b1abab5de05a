// Where a report's quality score falls in the region's fee bands (R-KE-4), to tell the office
// before it closes the report's review what the server will decide: the band, its percent, and
// whether the report goes back for rework (below the bar, the first time). Hundredths only.
import { hundredths, pointsText } from './points';

export interface FeeRule { fee_bands: { from: number; to: number; percent: number }[]; rework_below: number }

const h = (n: number) => hundredths(String(n)) ?? Math.round(n * 100);

export function reportOutcome(score: string, reworked: boolean, rule: FeeRule): { band: string; percent: string; rework: boolean } | null {
  const s = hundredths(score);
  if (s === null) return null;
  const band = rule.fee_bands.find((b) => h(b.from) <= s && (s < h(b.to) || (h(b.to) === 10000 && s === 10000)));
  if (!band) return null;
  const rework = !reworked && s < h(rule.rework_below);
  return { band: `${pointsText(h(band.from))}～${pointsText(h(band.to))} 分`, percent: pointsText(h(band.percent)), rework };
}
