/**
 * How many steps the story tour has (tour-steps.ts, whose test holds the two equal). Links and the
 * state check steps against it without loading the tour's texts, which load with the tour.
 */
export const TOUR_STEP_COUNT = 8;
