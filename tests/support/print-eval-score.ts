/** Prints an evaluation's score line and, when some failed, the failures grouped by expected tool. */
export function printEvalScore(
  label: string,
  correct: number,
  total: number,
  failuresByTool: Map<string, number>,
  failures: string[],
): number {
  const score = correct / total;
  console.log(`${label}: ${correct}/${total} correct (${(score * 100).toFixed(1)}%)`);
  if (failures.length > 0) {
    console.log(
      `Failures by expected tool: ${[...failuresByTool]
        .sort((left, right) => right[1] - left[1])
        .map(([tool, count]) => `${tool} ${count}`)
        .join(', ')}`,
    );
    console.log(failures.join('\n'));
  }
  return score;
}
