import type { SPFI } from '@pnp/sp';

/** What each part of the provisioner works through: the site, and one way to make (or, in a dry run, list) a change. */
export interface ProvisionSteps {
  readonly sp: SPFI;
  readonly dryRun: boolean;
  /** Records the change and, unless this is a dry run, makes it. */
  change(description: string, work: () => Promise<unknown>): Promise<void>;
}
