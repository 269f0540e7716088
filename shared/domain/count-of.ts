/** "1 object", "2 objects": a count with its noun, for messages in English. */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
