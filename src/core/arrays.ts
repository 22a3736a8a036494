/**
 * Appends `items` to `target`, in place. A loop, not `target.push(...items)`: a spread passes every
 * item as an argument, and 100,000 of them overflow a worker's stack (the workshop's 100k check did).
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
