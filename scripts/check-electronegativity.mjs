// Runs Electronegativity over the sources and the built app and fails on any
// finding that security/electronegativity-justifications.json does not justify.
// (Electronegativity itself exits 0 whatever it finds.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const targets = ['src', 'out'];
const { justified } = JSON.parse(readFileSync('security/electronegativity-justifications.json', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));

function scan(target) {
  if (!existsSync(target)) throw new Error(`${target}/ is missing: run npm run build first.`);
  const report = join(work, `${target}.sarif`);
  execFileSync('npx', ['electronegativity', '-i', target, '-o', report, '-r', '-v', 'false', '-e', ELECTRON_VERSION], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) => run.results ?? []);
  return results.map((r) => {
    const location = r.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    return {
      check: r.ruleId,
      file: uri === 'file:///' ? '*' : uri,
      line: location?.region?.startLine ?? 0,
      message: r.message?.text ?? '',
      target,
    };
  });
}

const findings = targets.flatMap(scan);
const covers = (j, f) => j.check === f.check && j.target === f.target && (j.file === '*' || j.file === f.file);
const isJustified = (f) => justified.some((j) => covers(j, f));
const open = findings.filter((f) => !isJustified(f));
const used = justified.filter((j) => findings.some((f) => covers(j, f)));

console.log(`Electronegativity (Electron ${ELECTRON_VERSION}): ${findings.length} findings in ${targets.join(' and ')}, ${findings.length - open.length} justified.`);
for (const j of justified.filter((x) => !used.includes(x))) {
  console.log(`  note: justification no longer needed: ${j.check} in ${j.target}/${j.file}`);
}
if (open.length > 0) {
  for (const f of open) console.error(`  UNJUSTIFIED ${f.check} ${f.target}/${f.file}:${f.line} — ${f.message}`);
  console.error('Fix these, or justify each in security/electronegativity-justifications.json.');
  process.exit(1);
}
