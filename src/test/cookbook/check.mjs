// Runs the README's editors' cookbook, block by block, in one shell session, and compares what each
// command prints with the output the README shows under it. Ids, times, secrets and ETags are masked.
// Usage: node check.mjs README.md [--write]   (--write puts the actual outputs into the README)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [file, mode] = process.argv.slice(2);
const START = '<!-- cookbook:start -->';
const END = '<!-- cookbook:end -->';
const readme = readFileSync(file, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${file} has no ${START} … ${END} section`);
  process.exit(1);
}
const section = readme.slice(from, to);
const block = /```sh\n([\s\S]*?)```\n(?:\n?```text\n([\s\S]*?)```\n)?/g;
const state = join(mkdtempSync(join(tmpdir(), 'cookbook-')), 'state.sh');
writeFileSync(state, '');

const mask = (text) => text
  .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
  .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
  .replace(/whsec_[A-Za-z0-9+/=]+/g, '<secret>')
  .replace(/nd_[A-Za-z0-9_-]+/g, '<secret>')
  .trim();

let passed = 0;
let failed = 0;
let rewritten = section;
for (const [whole, commands, expected] of section.matchAll(block)) {
  const script = `set -a\nsource ${state}\n${commands}\nexport -p > ${state}\n`;
  let actual;
  try {
    actual = execFileSync('bash', ['-o', 'pipefail', '-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    failed++;
    console.log(`FAIL (exit ${e.status}):\n${commands}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    continue;
  }
  const first = commands.split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? commands;
  if (expected === undefined) {
    if (actual.trim() && mode === '--write') {
      rewritten = rewritten.replace(whole, `${whole}\n\`\`\`text\n${actual.trimEnd()}\n\`\`\`\n`);
    }
    passed++;
    console.log(`ok   ${first}`);
  } else if (mask(actual) === mask(expected)) {
    passed++;
    console.log(`ok   ${first}`);
  } else if (mode === '--write') {
    rewritten = rewritten.replace(whole, whole.replace(expected, `${actual.trimEnd()}\n`));
    passed++;
    console.log(`new  ${first}`);
  } else {
    failed++;
    console.log(`FAIL ${first}\n--- README shows\n${expected}--- the command printed\n${actual}`);
  }
}
if (mode === '--write') {
  writeFileSync(file, readme.slice(0, from) + rewritten + readme.slice(to));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
