/*
 * npm run measure:bundles   (after `npm run build`)      npm run measure:bundles -- --check   (npm test does this)
 *
 * Prints each web part's first-view download from the production build in dist/: the entry, its loc files and
 * the lazy chunks its first screen loads (tools/bundle-budgets.json names them), each file once, minified and
 * gzipped. With --check it exits non-zero when a web part's first view is over its budget in that file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { total, webPartFiles } from './bundleFiles';

interface Budget {
  name: string;
  manifest: string;
  firstView: string[];
  budgetGzipBytes: number;
}

const budgets = (
  JSON.parse(fs.readFileSync(path.join(__dirname, 'bundle-budgets.json'), 'utf8')) as { webParts: Budget[] }
).webParts;
const check = process.argv.indexOf('--check') >= 0;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

let over = 0;
for (const budget of budgets) {
  const { entry, loc, chunks } = webPartFiles(budget.manifest, budget.firstView);
  const files = [entry, ...loc, ...chunks];
  const size = total(files);
  const within = size.gzip <= budget.budgetGzipBytes;
  if (!within) over += 1;
  console.log(
    `${budget.name}: first view ${kb(size.gzip)} gzipped (${kb(size.bytes)} minified), budget ${kb(budget.budgetGzipBytes)}` +
      `${within ? '' : ': OVER BUDGET'}`
  );
  for (const f of files) console.log(`  ${f.file}: ${kb(f.gzip)} gzipped, ${kb(f.bytes)} minified`);
}
if (check && over > 0) {
  console.error(`${over} web part(s) over their first-view budget (tools/bundle-budgets.json).`);
  process.exit(1);
}
