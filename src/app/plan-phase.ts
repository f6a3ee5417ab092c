/**
 * The years the plan sets targets for: the indicator table's 2022, 2023 and 2027 columns. A module
 * of its own, so the lazily loaded panels that use it do not pull the app state's imports along.
 */
export const PLAN_PHASES = [2022, 2023, 2027] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

/** The plan sets the base parks' targets for 2023 only ("到 2023 年，园区产业规模达到…"). */
export const PARK_TARGET_YEAR: PlanPhase = 2023;
