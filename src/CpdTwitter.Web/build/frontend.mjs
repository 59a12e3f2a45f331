// Copies and bundles the npm packages the pages use into wwwroot/lib (run by Frontend.targets during dotnet build).
// No CDN: every script and stylesheet is served from our own origin under a strict CSP.
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const lib = join(root, 'wwwroot', 'lib');

// Files used as published by their package.
const copies = [
  ['bootstrap/dist/css/bootstrap.min.css', 'bootstrap/css/bootstrap.min.css'],
  ['bootstrap/dist/css/bootstrap.min.css.map', 'bootstrap/css/bootstrap.min.css.map'],
  ['bootstrap/dist/js/bootstrap.bundle.min.js', 'bootstrap/js/bootstrap.bundle.min.js'],
  ['bootstrap/dist/js/bootstrap.bundle.min.js.map', 'bootstrap/js/bootstrap.bundle.min.js.map'],
  // Chart.js's UMD build carries its one dependency (@kurkle/color) and defines the global `Chart` (the dashboard).
  ['chart.js/dist/chart.umd.min.js', 'chart.js/chart.umd.min.js'],
  ['chart.js/dist/chart.umd.min.js.map', 'chart.js/chart.umd.min.js.map'],
];

// Packages without a browser build, bundled by esbuild into one IIFE each (e.g. twitter-text as `twttr`).
const bundles = [
  { entry: '../build/twitter-text-entry.mjs', out: 'twitter-text/twitter-text.min.js', globalName: 'twttr' },
];

await rm(lib, { recursive: true, force: true });
for (const [from, to] of copies) {
  const target = join(lib, to);
  await mkdir(dirname(target), { recursive: true });
  await cp(join(modules, from), target);
}

for (const { entry, out, globalName } of bundles) {
  await build({
    entryPoints: [join(modules, entry)],
    outfile: join(lib, out),
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    target: 'es2020',
    logLevel: 'warning',
  });
}

await writeFile(join(lib, '.stamp'), new Date().toISOString());
