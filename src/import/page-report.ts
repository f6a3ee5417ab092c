import type { ImportReport } from './import-file';

/** Problems a report brings to the page: the import tool lists these and counts the rest. */
export const LISTED_PROBLEMS = 100;

/** A report as the page receives it from the worker: the first problems, and how many there are in all. */
export interface PageReport extends ImportReport {
  readonly problemCount: number;
}

/** Cuts a report to the problems listed, so a file with a problem in every feature reaches the page as quickly as a clean one. */
export const forPage = (report: ImportReport): PageReport => ({ ...report, problems: report.problems.slice(0, LISTED_PROBLEMS), problemCount: report.problems.length });
