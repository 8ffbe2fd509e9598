/*
 * Imported first by the Node entry points that run product code outside Jest and the browser (the preview
 * server, the measure scripts), so `import * as strings from 'WellbeingStrings'` works there (tools/locModules.js).
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registerLocModules } = require('./locModules') as { registerLocModules(locale?: string): void };
registerLocModules();
