// Money is integer fen (分) everywhere; 万元 exists only as text. No floating point arithmetic:
// fen → 万元 by integer division (BigInt), 万元 text → fen by reading the digits.

export const FEN_PER_WAN = 1_000_000n;
/** The largest amount a project may carry: 1 万亿元 in fen (as the server checks). */
export const MAX_FEN = 100_000_000_000_000n;

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** fen → 万元 with two decimals, rounded half up like the server's amount_wan ("1234.50"). */
export function fenToWan(fen: number | bigint | string, opts: { grouping?: boolean } = {}): string {
  let v = BigInt(fen);
  const negative = v < 0n;
  if (negative) v = -v;
  const cents = (v + 5_000n) / 10_000n;  // hundredths of a 万元
  const whole = (cents / 100n).toString();
  const frac = (cents % 100n).toString().padStart(2, '0');
  return (negative && cents !== 0n ? '-' : '') + (opts.grouping ? group(whole) : whole) + '.' + frac;
}

const FEN_PER_YI = 10_000_000_000n;  // 1 亿元 = 10,000 万元

/** fen → 亿元, rounded half up to `decimals` places, with thousands separators. */
export function fenToYi(fen: number | bigint, decimals = 2): string {
  let n = BigInt(fen);
  const negative = n < 0n;
  if (negative) n = -n;
  const factor = 10n ** BigInt(decimals);
  const rounded = (n * factor * 2n + FEN_PER_YI) / (FEN_PER_YI * 2n);
  const frac = (rounded % factor).toString().padStart(decimals, '0');
  return (negative && rounded !== 0n ? '-' : '') + group((rounded / factor).toString()) + (decimals ? '.' + frac : '');
}

/** A total as it reads best: 亿元 from 1 亿 up, otherwise 万元. */
export function readableTotal(fen: number | bigint): { value: string; unit: string } {
  const n = BigInt(fen);
  const abs = n < 0n ? -n : n;
  if (abs >= FEN_PER_YI) return { value: fenToYi(n), unit: '亿元' };
  return { value: fenToWan(n, { grouping: true }), unit: '万元' };
}

/** The API's amount_wan string ("12345.678900") with thousands separators and at least two decimals. */
export function wanLabel(amountWan: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amountWan.trim());
  if (!m) return amountWan;
  let frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return m[1] + group(m[2]) + '.' + frac;
}

/** fen → 万元 exactly (up to six decimals, at least two): for editing without losing a fen. */
export function fenToWanExact(fen: number | bigint | string): string {
  let v = BigInt(fen);
  const negative = v < 0n;
  if (negative) v = -v;
  const whole = (v / FEN_PER_WAN).toString();
  let frac = (v % FEN_PER_WAN).toString().padStart(6, '0').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return (negative ? '-' : '') + whole + '.' + frac;
}

/** fen → 万元 as a number for a spreadsheet cell (two decimals, computed on integers first). */
export function fenToWanNumber(fen: number | bigint | string): number {
  return Number(fenToWan(fen));
}

export type ParsedMoney = { ok: true; fen: number } | { ok: false; error: string };

/**
 * 万元 as typed ("12", "12.3", "12.34", "1,234.5") → fen. At most two decimals, not negative,
 * at most 1 万亿元. `maxDecimals` may allow more places (up to six: one fen).
 */
export function parseWan(text: string, maxDecimals = 2): ParsedMoney {
  const s = text.trim().replace(/,/g, '');
  if (s === '') return { ok: false, error: '请输入金额' };
  if (/^-/.test(s)) return { ok: false, error: '金额不能为负数' };
  const m = /^\+?(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, error: '金额应为数字（万元），如 12.34' };
  const frac = m[2] ?? '';
  if (frac.length > maxDecimals) {
    return { ok: false, error: maxDecimals === 2 ? '金额最多保留两位小数（万元）' : `金额最多保留 ${maxDecimals} 位小数` };
  }
  const fen = BigInt(m[1]) * FEN_PER_WAN + BigInt((frac + '000000').slice(0, 6));
  if (fen > MAX_FEN) return { ok: false, error: '金额不能超过 1 万亿元（100000000 万元）' };
  return { ok: true, fen: Number(fen) };
}

/** Bytes as people read them: "812 B", "12.3 KB", "4.5 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
