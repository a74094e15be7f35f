/** What one child process measured for one evaluator on one workload size. */
export interface Measurement {
  evaluator: string;
  size: string;
  campaigns: number;
  compileMs: number;
  /** MiB, after compiling and a full collection. */
  heapAfterCompileMiB: number;
  /** MiB, at the end of the timed run. */
  rssMiB: number;
  evaluations: number;
  perSecond: number;
  /** Microseconds per context. */
  p50Us: number;
  p99Us: number;
  meanUs: number;
}

export interface TimingBudget {
  warmupMs: number;
  measureMs: number;
  /** Fewest timed evaluations, however long they take. */
  minEvaluations: number;
}

export const FULL_BUDGET: TimingBudget = { warmupMs: 700, measureMs: 2_500, minEvaluations: 15 };
export const QUICK_BUDGET: TimingBudget = { warmupMs: 300, measureMs: 700, minEvaluations: 5 };
