import { IMPORT_EN } from './import.en';
import { IMPORT_ZH } from './import.zh';
import { addMessages } from './translate';

// The Import tool's strings and its problems' (also for npm run doctor), loaded with the code that shows them.
addMessages({ zh: IMPORT_ZH, en: IMPORT_EN });
