import * as fs from 'fs';
import * as path from 'path';

/*
 * ../shared/design/PROCESS.md gives every rule an id; code and tests cite them. Every rule the product
 * carries out must be named by at least one test, so a rule nobody tests shows up here.
 */
const testsDir = path.join(__dirname, '..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The names given to describe/it/test blocks (the first string argument), across every test file. */
function testNames(): string[] {
  const names: string[] = [];
  for (const file of testFiles(testsDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:describe|it|test)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      names.push(match[2]);
    }
  }
  return names;
}

describe('every rule of PROCESS.md is named by a test', () => {
  const names = testNames();

  it('finds the test names', () => {
    expect(names.length).toBeGreaterThan(300);
  });

  // R5a is the one lettered rule (honest anonymity), between R5 and R6.
  it.each([...Array.from({ length: 23 }, (_, i) => `R${i + 1}`), 'R5a'])('%s appears in at least one test name', (rule) => {
    const citing = names.filter((name) => new RegExp(`\\b${rule}\\b`).test(name));
    expect({ rule, cited: citing.length > 0 }).toEqual({ rule, cited: true });
  });
});
