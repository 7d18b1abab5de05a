// Money for display. Amounts are integer fen; exact figures are formatted with integer
// arithmetic (BigInt), never with floating point.

const FEN_PER_WAN = 1_000_000n;       // 1 万元 = 10,000 元 = 1,000,000 分
const FEN_PER_YI = 10_000_000_000n;   // 1 亿元 = 10,000 万元

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// fen / unit rounded half away from zero to `decimals` places, with thousands separators.
function scaled(fen: number | bigint, unit: bigint, decimals: number): string {
  let n = BigInt(fen);
  const negative = n < 0n;
  if (negative) n = -n;
  const factor = 10n ** BigInt(decimals);
  const rounded = (n * factor * 2n + unit) / (unit * 2n);
  const whole = rounded / factor;
  const frac = (rounded % factor).toString().padStart(decimals, '0');
  const text = group(whole.toString()) + (decimals ? '.' + frac : '');
  return (negative && rounded !== 0n ? '-' : '') + text;
}

// 万元 with the given decimals (the API's amount_wan carries the exact value; this is for sums
// the page computes itself).
export function fenToWan(fen: number | bigint, decimals = 2): string {
  return scaled(fen, FEN_PER_WAN, decimals);
}

export function fenToYi(fen: number | bigint, decimals = 2): string {
  return scaled(fen, FEN_PER_YI, decimals);
}

// A total as it reads best: 亿元 from 1 亿 up, otherwise 万元.
export function readableTotal(fen: number | bigint): { value: string; unit: string } {
  const n = BigInt(fen);
  const abs = n < 0n ? -n : n;
  if (abs >= FEN_PER_YI) return { value: fenToYi(n), unit: '亿元' };
  return { value: fenToWan(n), unit: '万元' };
}

// The API's amount_wan string ("12345.678900") with thousands separators, trailing zeros kept
// to two places.
export function wanLabel(amountWan: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amountWan.trim());
  if (!m) return amountWan;
  let frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return m[1] + group(m[2]) + '.' + frac;
}
