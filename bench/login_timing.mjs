// Does a failed login take the same time for a real account and an unknown name? Starts a demo
// server, tries wrong passwords (four a real account, so none locks; one a made-up name) and
// prints the medians. Usage: node bench/login_timing.mjs [rounds]   (docs/SECURITY.md)
import { startServer, Client } from '../tests/api/harness.mjs';

const rounds = Number(process.argv[2] || 4);
const accounts = ['demo_admin', 'demo_office', 'demo_section', 'demo_department', 'demo_unit',
  'demo_unit2', 'demo_viewer', 'demo_expert', 'demo_agency', 'demo_county_office'];
const server = await startServer();
const c = new Client(server.base);
const time = async (username) => {
  const t = process.hrtime.bigint();
  const r = await c.post('/api/v1/sessions', { username, password: 'Wrong@2026' });
  if (r.status !== 401) throw new Error(`${username}: ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const real = [], unknown = [];
try {
  for (let i = 0; i < Math.min(rounds, 4); i++) {
    for (const a of accounts) {
      real.push(await time(a));
      unknown.push(await time(`nobody_${i}_${a}`));
    }
  }
} finally {
  await server.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`failed logins: real account median ${median(real).toFixed(1)} ms (n=${real.length}), ` +
  `unknown name median ${median(unknown).toFixed(1)} ms (n=${unknown.length})`);
