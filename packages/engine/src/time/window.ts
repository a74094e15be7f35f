import type { TimeWindow } from '../types/index.js';
import { parseLocalDateTime, startOfNextDay } from './local-instant.js';

/** A window resolved to epoch ms: `[startMs, endMs)`. */
export interface ResolvedWindow {
  startMs: number;
  endMs: number;
}

/**
 * Resolves a window in the campaign's zone. An inclusive day range "A–B" runs from A 00:00 to
 * the day after B 00:00, so "1–6 Oct" covers all of 6 October.
 */
export function resolveWindow(window: TimeWindow, zone: string): ResolvedWindow {
  if ('firstDay' in window) {
    return {
      startMs: parseLocalDateTime(window.firstDay, zone),
      endMs: startOfNextDay(window.lastDay, zone),
    };
  }

  return {
    startMs: parseLocalDateTime(window.start, zone),
    endMs: parseLocalDateTime(window.end, zone),
  };
}

export function windowContains(window: ResolvedWindow, epochMs: number): boolean {
  return epochMs >= window.startMs && epochMs < window.endMs;
}

/** How a window reads in an explanation: `2026-11-11 00:00 – 2026-11-12 00:00`. */
export function describeWindow(window: TimeWindow): string {
  if ('firstDay' in window) return `${window.firstDay} – ${window.lastDay}`;

  return `${window.start.replace('T', ' ')} – ${window.end.replace('T', ' ')}`;
}
