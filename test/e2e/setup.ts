import { afterEach } from 'vitest';
import { checkTestPages } from './harness';

// A setup file runs for every test file, also when the files share their modules (`isolate: false`):
// hooks registered at the top of a shared module would only run for the first file that imported it.
afterEach(checkTestPages);
