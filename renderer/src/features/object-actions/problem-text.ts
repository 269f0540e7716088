import type { FolderPathProblem, PlanProblem } from './destinations.js';
import { actionMessages as m } from './messages.js';
import type { NameProblem } from './names.js';

/** A name problem in the words the user reads. */
export function problemText(problem: NameProblem): string {
  switch (problem.kind) {
    case 'exists':
      return problem.folder
        ? m.problems.existsFolder(problem.name)
        : m.problems.existsObject(problem.name);
    default:
      return m.problems[problem.kind];
  }
}

export function pathProblemText(problem: FolderPathProblem): string {
  return m.problems[problem];
}

export function planProblemText(problem: PlanProblem): string {
  return m.problems[problem.kind](problem.name);
}

/** The server already holds the name (the loaded rows did not show it). */
export class TakenOnServer extends Error {
  readonly problem: NameProblem;

  constructor(name: string, folder: boolean) {
    super(`${name} exists`);
    this.problem = { kind: 'exists', name, folder };
  }
}
