/*
 * npm run provision -- --site <url> [--dry-run] [--retention-label "<Purview label>"]
 *
 * Creates or upgrades the wellbeing lists, groups and permissions on a data site (see README "Provisioning").
 * Against a real tenant it needs an access token for SharePoint in SP_ACCESS_TOKEN (the tenant id, for
 * "Everyone except external users", comes from the token, or --tenant-id); against the local emulator, --emulator-user names the
 * site owner persona instead.
 */
import { Provisioner } from '../src/services/provisioning/Provisioner';
import { tenantIdOf } from './liveTarget';
import { nodeSp } from './nodeSp';

interface Args {
  site?: string;
  tenantId?: string;
  emulatorUser?: string;
  dryRun: boolean;
  retentionLabel?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const next = (): string => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return value;
    };
    switch (argv[i]) {
      case '--site':
        args.site = next();
        break;
      case '--tenant-id':
        args.tenantId = next();
        break;
      case '--emulator-user':
        args.emulatorUser = next();
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--retention-label':
        args.retentionLabel = next();
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  return args;
}

export const EMULATOR_TENANT_ID = '00000000-0000-0000-0000-00000000c0de';

export function everyoneLoginName(tenantId: string): string {
  return `c:0-.f|rolemanager|spo-grid-all-users/${tenantId}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.site) {
    throw new Error('Say which site: --site https://<tenant>.sharepoint.com/sites/<data site>');
  }
  let headers: Record<string, string>;
  let tenantId: string;
  if (args.emulatorUser) {
    headers = { 'X-Emulator-User': args.emulatorUser };
    tenantId = args.tenantId ?? EMULATOR_TENANT_ID;
  } else {
    const token = process.env.SP_ACCESS_TOKEN;
    if (!token) {
      throw new Error('Set SP_ACCESS_TOKEN to an access token for SharePoint (README, "Provisioning a real site").');
    }
    // The token says which tenant it is for (its `tid` claim); --tenant-id only when it does not.
    const tenant = args.tenantId ?? tenantIdOf(token);
    if (!tenant) {
      throw new Error('Give --tenant-id <your Microsoft 365 tenant id> (for "Everyone except external users").');
    }
    headers = { Authorization: `Bearer ${token}` };
    tenantId = tenant;
  }
  const provisioner = new Provisioner(nodeSp(args.site, headers), {
    everyoneLoginName: everyoneLoginName(tenantId),
    dryRun: args.dryRun,
    ...(args.retentionLabel !== undefined ? { retentionLabel: args.retentionLabel } : {}),
    log: (line) => console.log(`${args.dryRun ? 'would ' : ''}${line}`)
  });
  const report = await provisioner.run();
  console.log(
    report.changes.length === 0
      ? `Nothing to change: ${args.site} matches schema version ${report.schemaVersionAfter}.`
      : `${report.changes.length} change(s) ${args.dryRun ? 'needed' : 'made'}; schema version ${report.schemaVersionBefore ?? 'none'} -> ${report.schemaVersionAfter}.`
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
