// Builds the model editors of /app/admin/proses (decision 90), run by the Maven build (exec-maven-plugin,
// generate-resources): `npm ci` from the committed package-lock.json when node_modules is older than the lock,
// then esbuild bundles src/*-editor.js, src/bpmn-compare.js (the version comparison) and src/bpmn-heat.js (the
// bottleneck heat view) with their CSS and fonts into target/classes/static/app/editor/.
// Skipped when the bundle is newer than package-lock.json and every source, so repeated builds stay fast.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, '..', '..', '..', 'target', 'classes', 'static', 'app', 'editor');
const major = Number(process.versions.node.split('.')[0]);
if (major < 18) {
  console.error(`Kinerja: Node.js ${process.versions.node} is too old for the model editors; install Node.js 18+`
    + ' (Debian: apt-get install nodejs npm).');
  process.exit(1);
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const newest = (paths) => Math.max(...paths.map(mtime));
const sources = [ join(here, 'package-lock.json'), join(here, 'build.mjs'),
  ...readdirSync(join(here, 'src')).map((f) => join(here, 'src', f)) ];
const entries = [ 'bpmn-editor', 'dmn-editor', 'form-editor', 'bpmn-compare', 'bpmn-heat' ];
const outputs = entries.flatMap((e) => [ join(out, e + '.js'), join(out, e + '.css') ]);

if (outputs.every(existsSync) && Math.min(...outputs.map(mtime)) > newest(sources)) {
  console.log('Kinerja editors: bundle up to date, skipped');
  process.exit(0);
}

const installed = join(here, 'node_modules', '.package-lock.json');
if (mtime(installed) < mtime(join(here, 'package-lock.json'))) {
  console.log('Kinerja editors: npm ci (from package-lock.json)');
  execSync('npm ci --no-audit --no-fund --ignore-scripts', { cwd: here, stdio: 'inherit' });
  // esbuild's install script only checks its binary; the platform package (@esbuild/*) is an optional dependency
}

const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: Object.fromEntries(entries.map((e) => [ e, join(here, 'src', e + '.js') ])),
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: [ 'es2020' ],
  legalComments: 'linked',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  assetNames: 'font/[name]-[hash]',
  logLevel: 'warning'
});
console.log('Kinerja editors: bundled into ' + out);
