import type { Measurement } from './measurement.js';

const fixed = (value: number, digits: number) => value.toFixed(digits);

function find(all: readonly Measurement[], evaluator: string, size: string) {
  return all.find((m) => m.evaluator === evaluator && m.size === size);
}

/** One row per evaluator and size: throughput, latency, compile time and memory. */
export function measurementTable(all: readonly Measurement[]): string {
  const rows = all.map((m) =>
    [
      m.size,
      m.evaluator,
      fixed(m.perSecond, 0),
      fixed(m.p50Us, 0),
      fixed(m.p99Us, 0),
      fixed(m.compileMs, 1),
      fixed(m.heapAfterCompileMiB, 1),
      fixed(m.rssMiB, 0),
      String(m.evaluations),
    ].join(' | '),
  );

  return [
    '| campaigns | evaluator | evals/s | p50 µs | p99 µs | compile ms | heap MiB | RSS MiB ' +
      '| timed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export interface Ratios {
  text: string;
  /** The three targets, each with the figure and whether it is met. */
  targets: { name: string; figure: number; met: boolean }[];
}

/**
 * Throughput ratios at each size (ours with explanations on, and off), the cost of 2,000 of which
 * 200 are in scope against 200, and the three targets of the issue.
 */
export function ratios(all: readonly Measurement[]): Ratios {
  const sizes = [...new Set(all.map((m) => m.size))];
  const ratio = (a: string, b: string, size: string) => {
    const x = find(all, a, size);
    const y = find(all, b, size);
    return x && y ? x.perSecond / y.perSecond : Number.NaN;
  };
  const lines = [
    '| campaigns | ours / json-rules-engine | ours / reference ' +
      '| ours (no explain) / json-rules-engine | ours (no explain) / reference |',
    '|---|---:|---:|---:|---:|',
    ...sizes.map(
      (size) =>
        `| ${size} | ${fixed(ratio('ours', 'json-rules-engine', size), 1)}× | ` +
        `${fixed(ratio('ours', 'reference', size), 2)}× | ` +
        `${fixed(ratio('ours-no-explain', 'json-rules-engine', size), 1)}× | ` +
        `${fixed(ratio('ours-no-explain', 'reference', size), 2)}× |`,
    ),
  ];
  const cost = (evaluator: string) => {
    const wide = find(all, evaluator, '2000/200');
    const base = find(all, evaluator, '200');
    return wide && base ? wide.meanUs / base.meanUs : Number.NaN;
  };
  const evaluators = [...new Set(all.map((m) => m.evaluator))];
  lines.push(
    '',
    '| evaluator | cost(2000 of which 200 in scope) / cost(200) |',
    '|---|---:|',
    ...evaluators.map((e) => `| ${e} | ${fixed(cost(e), 2)}× |`),
  );
  const targets = [
    {
      name: 'at 200, ours (explain on) ≥ 150× json-rules-engine',
      figure: ratio('ours', 'json-rules-engine', '200'),
      floor: 150,
    },
    {
      name: 'at 200, ours (explain on) ≥ 0.5× reference',
      figure: ratio('ours', 'reference', '200'),
      floor: 0.5,
    },
  ].map(({ name, figure, floor }) => ({ name, figure, met: figure >= floor }));
  const scale = cost('ours');
  targets.push({
    name: 'ours: cost(2000 of which 200 in scope) ≤ 1.5× cost(200)',
    figure: scale,
    met: scale <= 1.5,
  });
  lines.push(
    '',
    '| target | today | met |',
    '|---|---:|---|',
    ...targets.map((t) => `| ${t.name} | ${fixed(t.figure, 2)}× | ${t.met ? 'yes' : 'no'} |`),
  );

  return { text: lines.join('\n'), targets };
}
