#!/usr/bin/env node
/**
 * `npm start`, `npm test` and `npm run setup` on a machine that has only Node 20 and npm.
 *
 * Finds the pinned pnpm (installing a private copy under .tools when the one on PATH is missing
 * or a different version), installs dependencies when the lockfile changed, then starts the
 * server or runs the typecheck and the tests. Plain Node, no dependencies: it runs before any
 * are installed.
 *
 * Usage: node scripts/bootstrap.mjs <start|test|install> [args for vitest…]
 * Env: SKIP_TYPECHECK=1 skips the typecheck of `test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = join(ROOT, '.tools');
const LOCAL_PNPM = join(TOOLS, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
const IS_WINDOWS = process.platform === 'win32';

/** Folders of a package that never go into a build: their changes need no rebuild. */
const NOT_BUILT = new Set(['node_modules', 'dist', 'test', '.turbo']);

function step(message) {
  process.stdout.write(`\n▶ ${message}\n`);
}

function fail(message, code = 1) {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(code);
}

/** Runs a command to completion with inherited output; returns its exit code. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    // Commands found on PATH are .cmd shims on Windows, which need a shell.
    shell: IS_WINDOWS && options.onPath === true,
  });

  if (result.error) {
    fail(`Could not run ${command}: ${result.error.message}`);
  }

  return result.status ?? 1;
}

/** Output of `<command> --version` for a command on PATH, or undefined when it does not run. */
function versionOf(command) {
  const result = spawnSync(command, ['--version'], {
    // Asked outside the project, so a pnpm or corepack shim of another version does not try
    // to fetch the one our packageManager field names.
    cwd: tmpdir(),
    encoding: 'utf8',
    shell: IS_WINDOWS,
  });

  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Version of the copy in .tools, read from its package.json (faster than running it). */
function localPnpmVersion() {
  const manifest = join(TOOLS, 'node_modules', 'pnpm', 'package.json');
  if (!existsSync(LOCAL_PNPM) || !existsSync(manifest)) {
    return undefined;
  }

  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** How to call npm: the npm running us when we run under it, else the one on PATH. */
function npmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath) && existsSync(execPath)) {
    return { command: process.execPath, prefix: [execPath], onPath: false };
  }

  return { command: 'npm', prefix: [], onPath: true };
}

/** The pinned pnpm: the one on PATH if it is exactly that version, else a copy in .tools. */
function findPnpm() {
  if (versionOf('pnpm') === PNPM_VERSION) {
    return { command: 'pnpm', prefix: [], onPath: true };
  }

  const local = { command: process.execPath, prefix: [LOCAL_PNPM], onPath: false };
  if (localPnpmVersion() === PNPM_VERSION) {
    return local;
  }

  step(`Installing pnpm ${PNPM_VERSION} into .tools (not global)…`);
  const npm = npmCommand();
  const args = [
    ...npm.prefix,
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--prefix',
    TOOLS,
    `pnpm@${PNPM_VERSION}`,
  ];
  const code = run(npm.command, args, { onPath: npm.onPath });
  if (code !== 0 || localPnpmVersion() !== PNPM_VERSION) {
    fail(`npm could not install pnpm ${PNPM_VERSION} into .tools (exit ${code}).`);
  }

  return local;
}

function pnpm(tool, args) {
  return run(tool.command, [...tool.prefix, ...args], { onPath: tool.onPath });
}

function mtimeOf(path) {
  return statSync(path).mtimeMs;
}

function installIfNeeded(tool) {
  const modules = join(ROOT, 'node_modules', '.modules.yaml');
  const lockfile = join(ROOT, 'pnpm-lock.yaml');
  const fresh = existsSync(modules) && mtimeOf(modules) >= mtimeOf(lockfile);
  if (fresh) {
    return;
  }

  step('Installing dependencies…');
  const code = pnpm(tool, ['install', '--frozen-lockfile']);
  if (code !== 0) {
    fail(`pnpm install failed (exit ${code}).`, code);
  }

  // pnpm leaves .modules.yaml alone when nothing changed; mark the install as current so the
  // next run is the fast no-op.
  if (existsSync(modules) && mtimeOf(modules) < mtimeOf(lockfile)) {
    const now = new Date();
    utimesSync(modules, now, now);
  }
}

/** Newest modification time under a file or folder (0 when absent). */
function newestMtime(path) {
  if (!existsSync(path)) {
    return 0;
  }

  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }

  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (NOT_BUILT.has(entry)) {
      continue;
    }

    newest = Math.max(newest, newestMtime(join(path, entry)));
  }

  return newest;
}

/** Folders of the workspace packages, by package name. */
function workspacePackages() {
  const folders = new Map();
  for (const group of ['apps', 'packages', 'plugins']) {
    const groupDir = join(ROOT, group);
    if (!existsSync(groupDir)) {
      continue;
    }

    for (const entry of readdirSync(groupDir)) {
      const manifest = join(groupDir, entry, 'package.json');
      if (existsSync(manifest)) {
        folders.set(JSON.parse(readFileSync(manifest, 'utf8')).name, join(groupDir, entry));
      }
    }
  }

  const schemas = join(ROOT, 'schemas', 'package.json');
  if (existsSync(schemas)) {
    folders.set(JSON.parse(readFileSync(schemas, 'utf8')).name, join(ROOT, 'schemas'));
  }

  return folders;
}

/** The web app's folder and every workspace package it depends on, directly or not. */
function webInputs() {
  const folders = workspacePackages();
  const seen = new Set([join(ROOT, 'apps', 'web')]);
  const queue = [...seen];
  while (queue.length > 0) {
    const folder = queue.shift();
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      const dependency = folders.get(name);
      if (String(range).startsWith('workspace:') && dependency && !seen.has(dependency)) {
        seen.add(dependency);
        queue.push(dependency);
      }
    }
  }

  return [...seen];
}

function buildWebIfNeeded(tool) {
  const web = join(ROOT, 'apps', 'web');
  const config = join(web, 'vite.config.ts');
  if (!existsSync(config)) {
    step('apps/web/vite.config.ts not found: skipping the web build.');
    return;
  }

  // Type-only imports (the server's router type) count too: a few seconds of build is cheaper
  // than a shell that is out of step with its server.
  const builtIndex = join(web, 'dist', 'index.html');
  const inputs = [join(ROOT, 'pnpm-lock.yaml'), ...webInputs()];
  const sourcesAt = Math.max(...inputs.map(newestMtime));
  if (existsSync(builtIndex) && mtimeOf(builtIndex) >= sourcesAt) {
    return;
  }

  step('Building the web app (apps/web)…');
  const args = ['exec', 'vite', 'build', 'apps/web', '--config', relative(ROOT, config)];
  const code = pnpm(tool, args);
  if (code !== 0) {
    fail(`The web build failed (exit ${code}).`, code);
  }
}

/**
 * How to run tsx. Straight through node rather than `pnpm exec`: pnpm dies at once on SIGTERM
 * without waiting for its child, which would cut the server's shutdown short and lose its exit
 * code; tsx passes signals on and exits with the code of the program it runs.
 */
function tsxCommand(tool) {
  const manifest = join(ROOT, 'node_modules', 'tsx', 'package.json');
  if (!existsSync(manifest)) {
    return { command: tool.command, prefix: [...tool.prefix, 'exec', 'tsx'], onPath: tool.onPath };
  }

  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin;
  const script = typeof bin === 'string' ? bin : bin.tsx;

  return { command: process.execPath, prefix: [join(ROOT, 'node_modules', 'tsx', script)] };
}

/** Runs the server in the foreground, passing signals on and exiting with its exit code. */
function startServer(tool) {
  step('Starting the server…');
  const tsx = tsxCommand(tool);
  const child = spawn(
    tsx.command,
    [...tsx.prefix, 'apps/server/src/main.ts', ...process.argv.slice(3)],
    { cwd: ROOT, stdio: 'inherit', shell: IS_WINDOWS && tsx.onPath === true },
  );
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
    }
  };
  for (const signal of signals) {
    process.on(signal, forward);
  }

  child.on('error', (error) => fail(`Could not start the server: ${error.message}`));
  child.on('exit', (code, signal) => {
    for (const name of signals) {
      process.off(name, forward);
    }

    if (signal) {
      // Die the same way, so whoever started us sees the signal and not a made-up code.
      process.kill(process.pid, signal);
      return;
    }

    process.exit(code ?? 1);
  });
}

function typecheck(tool) {
  if (process.env.SKIP_TYPECHECK === '1') {
    step('Typecheck skipped (SKIP_TYPECHECK=1).');
    return [];
  }

  const projects = ['tsconfig.json', 'apps/web/tsconfig.json'].filter((project) =>
    existsSync(join(ROOT, project)),
  );
  const failed = [];
  for (const project of projects) {
    step(`Typechecking ${project}…`);
    if (pnpm(tool, ['exec', 'tsc', '-p', project]) !== 0) {
      failed.push(project);
    }
  }

  return failed;
}

function runTests(tool) {
  const failedProjects = typecheck(tool);

  // The tests run even when the typecheck failed: one run shows every problem.
  step('Running the tests (vitest)…');
  // The JSON report gives the closing count line below; the default reporter stays on screen.
  const report = join(ROOT, '.tmp', 'vitest-report.json');
  rmSync(report, { force: true });
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const testCode = pnpm(tool, ['exec', 'vitest', 'run', ...reporters, ...process.argv.slice(3)]);
  printCounts(report);

  if (failedProjects.length > 0) {
    fail(`Typecheck failed: ${failedProjects.join(', ')}. Tests exited with ${testCode}.`);
  }

  if (testCode !== 0) {
    fail(`Tests failed (vitest exit ${testCode}).`, testCode);
  }

  step('Typecheck and tests passed.');
}

/** One plain line with the counts, e.g. `tests: 655 passed, 0 failed, 2 skipped`. */
function printCounts(report) {
  if (!existsSync(report)) return;
  try {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(
      readFileSync(report, 'utf8'),
    );
    const skipped = (numPendingTests ?? 0) + (numTodoTests ?? 0);
    console.log(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${skipped} skipped`);
  } catch {
    // A half-written report (an interrupted run) has no counts to give.
  }
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const wanted = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines?.node;
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: this project needs Node ${wanted}.`);
  }
}

function main() {
  const command = process.argv[2];
  if (!['start', 'test', 'install'].includes(command ?? '')) {
    fail('Usage: node scripts/bootstrap.mjs <start|test|install> [args…]', 2);
  }

  checkNode();
  const tool = findPnpm();
  installIfNeeded(tool);

  if (command === 'start') {
    buildWebIfNeeded(tool);
    startServer(tool);
  } else if (command === 'test') {
    runTests(tool);
  } else {
    step('Dependencies are installed.');
  }
}

main();
