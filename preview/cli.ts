/*
 * npm start [-- --reset] [-- --port 4321] [-- --db <file>] [-- --empty]
 *
 * Starts the local preview: the suite's pages on this machine, with the SharePoint emulator behind them.
 * Data is kept in .preview/wellbeing.sqlite (or --db) between runs; --reset starts clean; --empty sets up a
 * fresh site without demo data. Ctrl-C stops everything.
 */
import { startPreview } from './server';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const started = Date.now();
  const preview = await startPreview({
    port: Number(option('port') ?? process.env.PORT ?? 4321),
    reset: process.argv.includes('--reset'),
    dbPath: option('db'),
    demoData: !process.argv.includes('--empty'),
    log: (line) => console.log(line)
  });
  if (preview.demo) {
    const d = preview.demo;
    console.log(`Demo data: ${d.alerts} alerts, ${d.cases} cases (${d.openCases} open), ${d.summaries} shared summaries, ${d.reports} published reports.`);
  }
  console.log(`\nThe wellbeing suite is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):\n\n  ${preview.url}\n`);
  console.log('Choose who you are with "Viewing as" at the top of each page. Press Ctrl-C to stop.');
  const stop = (): void => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const code = (e as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    console.error('That port is already in use (is the preview already running?). Stop it, or choose another: npm start -- --port 4400');
  } else {
    console.error(e instanceof Error ? e.message : e);
  }
  process.exit(1);
});
