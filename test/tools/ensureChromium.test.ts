// Issue 17: `npm test` sets up what it needs. Where Chromium is missing it installs Debian's as root with apt-get
// (as .ci/run relies on), and otherwise says the exact command; tools/ensure-chromium.js decides, this checks how.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decide, INSTALL } = require('../../tools/ensure-chromium') as {
  decide(machine: { chromium?: string; isRoot: boolean; hasApt: boolean }): { action: string; commands?: string[]; message?: string };
  INSTALL: string;
};

describe('npm test and Chromium (tools/ensure-chromium.js)', () => {
  it('does nothing when Chromium is there, whoever runs it', () => {
    expect(decide({ chromium: '/usr/bin/chromium', isRoot: false, hasApt: false })).toEqual({ action: 'present', chromium: '/usr/bin/chromium' });
    expect(decide({ chromium: '/opt/chromium', isRoot: true, hasApt: true }).action).toBe('present');
  });

  it('installs it as root with apt-get: the package list first, then chromium and its font', () => {
    const d = decide({ isRoot: true, hasApt: true });
    expect(d.action).toBe('install');
    expect(d.commands).toEqual(['apt-get update -qq', `${INSTALL} -qq`]);
    expect(INSTALL).toBe('apt-get install -y --no-install-recommends chromium fonts-dejavu-core');
  });

  it('not root: says the exact sudo command and the CHROMIUM_PATH way, and installs nothing', () => {
    const d = decide({ isRoot: false, hasApt: true });
    expect(d.action).toBe('instruct');
    expect(d.commands).toBeUndefined();
    expect(d.message).toContain(`\`sudo apt-get update && sudo ${INSTALL}\``);
    expect(d.message).toContain('not root');
    expect(d.message).toContain('CHROMIUM_PATH');
  });

  it('no apt-get (not Debian): says so and names CHROMIUM_PATH, even as root', () => {
    const d = decide({ isRoot: true, hasApt: false });
    expect(d.action).toBe('instruct');
    expect(d.message).toContain('no apt-get');
    expect(d.message).toContain('CHROMIUM_PATH');
  });
});
