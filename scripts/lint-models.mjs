#!/usr/bin/env node
// Lints BPMN models with bpmnlint (rules: .bpmnlintrc, bpmnlint:recommended; camunda: attributes
// understood through camunda-bpmn-moddle, declared as a moddle extension in .bpmnlintrc).
//
//   npm run lint:models                 every processes/**/*.bpmn
//   npm run lint:models -- a.bpmn b.bpmn  just these files
//
// bpmnlint's own CLI does the work; this wrapper finds the files, so that a checkout without models
// (or without a processes/ folder) passes instead of failing on a glob that matches nothing.
// Exit code: 0 when clean (warnings allowed), 1 on errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function bpmnFiles(dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return bpmnFiles(path);
    }
    return name.endsWith('.bpmn') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const files = args.length ? args : bpmnFiles(join(root, 'processes')).map((f) => relative(root, f));

if (files.length === 0) {
  console.log('bpmnlint: no BPMN models in processes/, nothing to lint');
  process.exit(0);
}

const cli = require.resolve('bpmnlint/bin/bpmnlint.js');
const result = spawnSync(process.execPath,
  [cli, '--config', join(root, '.bpmnlintrc'), ...files],
  { cwd: root, stdio: 'inherit' });

if (result.error) {
  console.error('bpmnlint could not run:', result.error.message);
  process.exit(1);
}
if (result.status === 0) {
  console.log(`bpmnlint: ${files.length} model(s) clean: ${files.join(', ')}`);
}
process.exit(result.status ?? 1);
