import type { TimeWindow } from '@campaign-studio/engine';

/** A window as the marketer wrote it, in the campaign's local time: `[start, end)` or days. */
export function formatWindow(window: TimeWindow | undefined): string {
  if (!window) return '—';
  if ('firstDay' in window) return `${window.firstDay} – ${window.lastDay}`;

  return `${window.start.replace('T', ' ')} – ${window.end.replace('T', ' ')}`;
}
