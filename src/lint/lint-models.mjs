// Runs bpmnlint over every .bpmn file in the folder given as the first argument.
// Errors fail the build; warnings are printed only.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const folder = resolve(process.argv[2] ?? '../../bpmn');
const models = readdirSync(folder).filter((name) => name.endsWith('.bpmn')).map((name) => join(folder, name));
if (models.length === 0) {
  console.error(`bpmnlint: no .bpmn files in ${folder}`);
  process.exit(1);
}
const cli = join('node_modules', 'bpmnlint', 'bin', 'bpmnlint.js');
const result = spawnSync(process.execPath, [cli, ...models], { stdio: 'inherit' });
console.log(`bpmnlint: ${models.length} models checked`);
process.exit(result.status ?? 1);
