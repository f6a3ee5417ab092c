/** Every feature id in geo/: kebab-case ASCII. Links check ids against it before anything else. */
export const FEATURE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
