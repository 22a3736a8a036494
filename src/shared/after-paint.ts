import { nextTask } from '../core/steps';

/**
 * Resolves once the page has drawn its next frame, in a task of its own (in a new task where
 * there are no frames): work that need not be in the frame a person's click asked for waits for
 * it, rather than lengthening the click's task.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
