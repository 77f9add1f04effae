/**
 * Whole-caseload throughput and memory: the engine alone, NDJSON end to end through the
 * CLI's code path (evaluateNdjsonStream) on this thread and with 1 and 2 workers, the same
 * work as a plain loop for comparison, the pipeline's own capacity with the engine replaced
 * by a stand-in, and peak memory at 10k, 100k and 1M cases generated on the fly.
 *
 * Workers run a bundle of src/caseload/worker.ts built here with esbuild, as `npm run build`
 * ships it: under tsx each worker would otherwise spend seconds compiling TypeScript.
 *
 * Environment: CASELOAD_BENCH_CASES (default 100000), CASELOAD_BENCH_SKIP_1M=1 to skip the
 * million-case memory run. Run alone with `npx tsx bench/caseload.ts`.
 *
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull, loadavg, tmpdir } from 'node:os';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import type { EvaluateCase } from '../src/caseload/batch.js';
import { generateCases } from '../src/caseload/generate.js';
import { evaluateNdjsonStreamWith } from '../src/caseload/stream.js';
import type { TextSink } from '../src/caseload/stream.js';
import { evaluate } from '../src/engine/evaluate.js';
import type { EvaluationResult, ResultDetail } from '../src/engine/types.js';
import { parseCase } from '../src/model/case.js';
import type { CaseHistory } from '../src/model/case.js';
import { loadPack } from '../src/pack/files.js';
import type { CompiledPack } from '../src/pack/types.js';

const AS_OF = '2025-03-31';
const SEED = 42;
const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = join(dirname(THIS_FILE), '..');
const nullSink: TextSink = { write: () => true };
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const mb = (bytes: number) => `${fmt(bytes / 1_048_576)} MB`;

/** Bundles the worker (and this file, for the stand-in engine) as the build would ship them. */
async function buildWorkers(dir: string): Promise<{ worker: string; standIn: string; standInFile: string }> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { 'caseload-worker': join(ROOT, 'src/caseload/worker.ts'), 'stand-in': THIS_FILE },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    external: ['esbuild'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { worker: join(dir, 'caseload-worker.mjs'), standIn: pathToFileURL(join(dir, 'stand-in.mjs')).href, standInFile: join(dir, 'stand-in.mjs') };
}

function choosePack(): { pack: CompiledPack; note?: string } {
  const calderdale = loadPack('calderdale');
  if (calderdale.ok) return { pack: calderdale.pack };
  const fallback = loadPack('working-together-2018');
  if (!fallback.ok) throw new Error('neither calderdale nor working-together-2018 loads');
  return { pack: fallback.pack, note: `calderdale did not load (${calderdale.issues.length} issues, first: ${calderdale.issues[0]?.message}); using working-together-2018` };
}

/** Cases generated on the fly as an NDJSON text stream: the input never sits in memory. */
function generatedNdjson(count: number): Readable {
  function* lines() {
    let buffer = '';
    for (const c of generateCases({ count, seed: SEED, asOf: AS_OF })) {
      buffer += `${JSON.stringify(c)}\n`;
      if (buffer.length > 64 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  return Readable.from(lines(), { objectMode: false });
}

async function writeFile(file: string, count: number): Promise<void> {
  await new Promise<void>((resolve, reject) => generatedNdjson(count).pipe(createWriteStream(file)).on('finish', resolve).on('error', reject));
}

/** Cases per second by the wall clock and per second of this process's CPU time. */
interface Rate {
  wall: number;
  cpu: number;
}

function engineAlone(pack: CompiledPack): { full: Rate; compact: Rate; minimal: Rate; validateRate: number; instances: number } {
  const texts = [...generateCases({ count: 20_000, seed: SEED + 1, asOf: AS_OF })].map((c) => JSON.stringify(c));
  let t = performance.now();
  const cases = texts.map((s) => (parseCase(JSON.parse(s)) as { case: CaseHistory }).case);
  const validateRate = texts.length / ((performance.now() - t) / 1000);
  let instances = 0;
  const measure = (detail: ResultDetail): Rate => {
    const options = { asOf: AS_OF, detail };
    for (const c of cases.slice(0, 2000)) evaluate(c, pack, options); // warm up
    let done = 0;
    instances = 0;
    const cpu = process.cpuUsage();
    t = performance.now();
    while (performance.now() - t < 4000 || done < cases.length) {
      for (const c of cases) instances += evaluate(c, pack, options).instances.length;
      done += cases.length;
    }
    const wall = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    instances /= done;
    return { wall: done / wall, cpu: done / ((used.user + used.system) / 1e6) };
  };
  const full = measure('full');
  const compact = measure('compact');
  const minimal = measure('minimal');
  return { full, compact, minimal, validateRate, instances };
}

interface RunFigures {
  /** Cases per second, start to finish. */
  rate: number;
  seconds: number;
  /** Seconds until the first batch came back (worker start-up: each loads the pack). */
  startup: number;
  /** Cases per second once the first batch was back. */
  steady: number;
}

async function endToEnd(file: string, pack: CompiledPack, packSource: string, workers: number, workerFile: string, detail: ResultDetail): Promise<RunFigures> {
  const t = performance.now();
  let first = 0;
  let firstCount = 0;
  const onProgress = (p: { read: number }) => {
    if (first === 0) {
      first = performance.now();
      firstCount = p.read;
    }
  };
  const out = createWriteStream(devNull);
  const totals = await evaluateNdjsonStreamWith(createReadStream(file, { highWaterMark: 256 * 1024 }), out, pack, { asOf: AS_OF, workers, packSource, onProgress, detail, writeBytes: true }, { workerFile });
  await finish(out);
  const end = performance.now();
  return { rate: totals.read / ((end - t) / 1000), seconds: (end - t) / 1000, startup: (first - t) / 1000, steady: (totals.read - firstCount) / ((end - first) / 1000) };
}

/** Runs {@link endToEnd} in a child process on the bundled copy of this file: the main thread as shipped, like the workers. */
async function endToEndChild(bundle: string, file: string, packSource: string, workers: number, workerFile: string, detail: ResultDetail): Promise<RunFigures> {
  const child = spawn(process.execPath, [bundle, '--e2e-child', file, packSource, String(workers), workerFile, detail], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`end-to-end run failed (exit ${code})`);
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Ends a write stream and waits until everything written has gone out. */
async function finish(out: Writable): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** The obvious alternative: readline, JSON.parse, parseCase, evaluate, JSON.stringify, one at a time. */
async function plainLoop(file: string, pack: CompiledPack, detail: ResultDetail): Promise<number> {
  const t = performance.now();
  let n = 0;
  const options = { asOf: AS_OF, detail };
  // Written to the null device like the end-to-end runs, so both pay for encoding their output.
  const out = createWriteStream(devNull);
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    n++;
    const parsed = parseCase(JSON.parse(line));
    if (!out.write(parsed.ok ? `${JSON.stringify(evaluate(parsed.case, pack, options))}\n` : '{"error":{}}\n')) await once(out, 'drain');
  }
  await finish(out);
  return n / ((performance.now() - t) / 1000);
}

/**
 * Worker hook for the capacity run: a stand-in engine that returns one real result (of a
 * typical generated case) for every case, so parsing, validation, serialisation and
 * transport are measured at their real sizes without the engine's own cost.
 */
export function createEngine(setup: { packSource: string; asOf: string }): EvaluateCase {
  const loaded = loadPack(setup.packSource);
  if (!loaded.ok) throw new Error(`cannot load ${setup.packSource}`);
  return standIn(loaded.pack, setup.asOf);
}

function standIn(pack: CompiledPack, asOf: string): EvaluateCase {
  // The result of median size among 201 generated cases stands for every case.
  const results: EvaluationResult[] = [...generateCases({ count: 201, seed: 3, asOf })].map((c) => evaluate((parseCase(c) as { case: CaseHistory }).case, pack, { asOf }));
  results.sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length);
  const result = results[100]!;
  return (c) => ({ ...result, caseId: c.id });
}

async function capacity(file: string, pack: CompiledPack, packSource: string, workers: number, built: { worker: string; standIn: string }): Promise<number> {
  const t = performance.now();
  const hooks = workers > 0 ? { engineModule: built.standIn, workerFile: built.worker } : { evaluate: standIn(pack, AS_OF) };
  const totals = await evaluateNdjsonStreamWith(createReadStream(file, { highWaterMark: 256 * 1024 }), nullSink, pack, { asOf: AS_OF, workers, packSource }, hooks);
  return totals.read / ((performance.now() - t) / 1000);
}

/** Child process: one end-to-end run over generated input, reporting peak memory as JSON. */
async function memoryChild(count: number, packSource: string, workers: number, workerFile: string): Promise<void> {
  const loaded = loadPack(packSource);
  if (!loaded.ok) throw new Error(`cannot load ${packSource}`);
  let heap = 0;
  let rss = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = () => {
    gc?.();
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 500);
  const t = performance.now();
  const totals = await evaluateNdjsonStreamWith(generatedNdjson(count), nullSink, loaded.pack, { asOf: AS_OF, workers, packSource }, { workerFile });
  clearInterval(timer);
  sample();
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write(`${JSON.stringify({ count: totals.read, seconds, heap, rss, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
}

/** Runs {@link engineAlone} in a child process on the bundled copy of this file. */
async function engineChild(bundle: string, packSource: string): Promise<ReturnType<typeof engineAlone>> {
  const child = spawn(process.execPath, [bundle, '--engine-child', packSource], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`engine-alone run failed (exit ${code})`);
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function memoryRun(count: number, packSource: string, workers: number, workerFile: string): Promise<{ count: number; seconds: number; heap: number; rss: number; maxRss: number }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const args = ['--expose-gc', '--import', tsx, THIS_FILE, '--memory-child', String(count), packSource, String(workers), workerFile];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`memory run for ${count} cases failed (exit ${code})`);
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** The detail levels to run end to end: all three, or those `CASELOAD_BENCH_DETAILS` lists (such as `minimal`). */
function benchDetails(): ResultDetail[] {
  const all: ResultDetail[] = ['full', 'compact', 'minimal'];
  const asked = process.env['CASELOAD_BENCH_DETAILS'];
  if (!asked) return all;
  const chosen = asked.split(',').map((d) => d.trim());
  const unknown = chosen.filter((d) => !all.includes(d as ResultDetail));
  if (unknown.length > 0) throw new Error(`CASELOAD_BENCH_DETAILS: unknown detail ${unknown.join(', ')} (choose from ${all.join(', ')})`);
  return chosen as ResultDetail[];
}

/** The caseload section of `npm run bench`. */
export async function benchCaseload(): Promise<string[]> {
  const count = Number(process.env['CASELOAD_BENCH_CASES'] ?? 100_000);
  const { pack, note } = choosePack();
  const packSource = pack.file ? resolve(pack.file) : pack.id;
  const lines = [`pack ${pack.id} ${pack.version} (${pack.rules.length} rules), generated cases (seed ${SEED}, as of ${AS_OF}); load average ${loadavg()[0]!.toFixed(1)} on this machine`];
  if (note) lines.push(`note: ${note}`);

  const dir = mkdtempSync(join(tmpdir(), 'caseload-bench-'));
  const file = join(dir, 'cases.ndjson');
  try {
    const built = await buildWorkers(dir);
    // The engine as shipped: this file bundled by esbuild like dist/, in a child process (under
    // tsx every function is wrapped to keep its name, which costs the engine about a third).
    // The end-to-end runs below do the same, so the main thread runs shipped code too.
    const engine = await engineChild(built.standInFile, packSource);
    const rate = (r: Rate) => `${fmt(r.wall)} cases/s (${fmt(r.cpu)} per CPU-second)`;
    lines.push(`engine alone, pre-parsed cases, one thread (target 100,000 per core; ${engine.instances.toFixed(1)} obligation instances per case):`);
    lines.push(`  full results (sources, basis lines): ${rate(engine.full)}`);
    lines.push(`  compact results (detail: 'compact'): ${rate(engine.compact)}`);
    lines.push(`  minimal results (detail: 'minimal'): ${rate(engine.minimal)}`);
    lines.push(`  for scale: JSON.parse + parseCase (validation) alone: ${fmt(engine.validateRate)} cases/s`);

    await writeFile(file, count);
    lines.push(`NDJSON end to end, ${fmt(count)} cases from a file to the null device (evaluateNdjsonStream writing bytes, as the CLI), target 20,000 cases/s:`);
    for (const detail of benchDetails()) {
      const plain = (await endToEndChild(built.standInFile, file, packSource, -1, built.worker, detail)).rate;
      lines.push(`  ${detail} results; plain loop (readline + JSON.parse + parseCase + evaluate + JSON.stringify): ${fmt(plain)} cases/s`);
      for (const workers of [0, 1, 2]) {
        const r = await endToEndChild(built.standInFile, file, packSource, workers, built.worker, detail);
        const who = workers === 0 ? 'this thread' : `${workers} worker${workers > 1 ? 's' : ''}`;
        lines.push(`    ${who}: ${fmt(r.rate)} cases/s in all (${r.seconds.toFixed(1)} s; ${(r.rate / plain).toFixed(2)}x the plain loop); ${fmt(r.steady)} cases/s after the first batch (${r.startup.toFixed(2)} s)`);
      }
    }
    const cap0 = await capacity(file, pack, packSource, 0, built);
    const cap2 = await capacity(file, pack, packSource, 2, built);
    lines.push(`  pipeline capacity, engine replaced by a stand-in returning a typical result: ${fmt(cap0)} cases/s on this thread, ${fmt(cap2)} with 2 workers`);

    const sizes = [10_000, 100_000, ...(process.env['CASELOAD_BENCH_SKIP_1M'] ? [] : [1_000_000])];
    lines.push('memory end to end, 2 workers, cases generated on the fly (RSS: all threads, peak; heap: main thread, live after GC, peak):');
    for (const size of sizes) {
      const m = await memoryRun(size, packSource, 2, built.worker);
      lines.push(`  ${fmt(m.count).padStart(9)} cases: peak RSS ${mb(m.maxRss)}, peak live heap ${mb(m.heap)} (${fmt(m.count / m.seconds)} cases/s)`);
    }
    if (sizes.length < 3) lines.push('  (1,000,000-case run skipped: CASELOAD_BENCH_SKIP_1M is set)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (isMainThread && process.argv[1] === THIS_FILE) {
  const at = process.argv.indexOf('--memory-child');
  const engineAt = process.argv.indexOf('--engine-child');
  const e2eAt = process.argv.indexOf('--e2e-child');
  if (e2eAt >= 0) {
    const [file, packSource, workers, workerFile, detail] = process.argv.slice(e2eAt + 1);
    const loaded = loadPack(packSource!);
    if (!loaded.ok) throw new Error(`cannot load ${packSource}`);
    // Workers -1: the plain loop, for comparison.
    const figures =
      Number(workers) < 0
        ? { rate: await plainLoop(file!, loaded.pack, detail as ResultDetail), seconds: 0, startup: 0, steady: 0 }
        : await endToEnd(file!, loaded.pack, packSource!, Number(workers), workerFile!, detail as ResultDetail);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else if (engineAt >= 0) {
    const loaded = loadPack(process.argv[engineAt + 1]!);
    if (!loaded.ok) throw new Error(`cannot load ${process.argv[engineAt + 1]}`);
    process.stdout.write(`${JSON.stringify(engineAlone(loaded.pack))}\n`);
  } else if (at >= 0) await memoryChild(Number(process.argv[at + 1]), process.argv[at + 2]!, Number(process.argv[at + 3]), process.argv[at + 4]!);
  else for (const line of await benchCaseload()) console.log(line);
}
