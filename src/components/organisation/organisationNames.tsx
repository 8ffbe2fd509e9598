// Issue 18: the organisation (service areas, teams, office bases) as the site holds it, for every screen that
// shows a record's key by name. A key is untrusted input (issue 14): one the organisation does not know reads as
// "Unknown team" (never the key itself), and a retired entry keeps its name on old records.
import * as React from 'react';
import * as strings from 'WellbeingStrings';
import { findLocation, findServiceArea, findTeam } from '../../domain/organisation';
import type { Organisation } from '../../domain/organisation';

/** Before the organisation is read, or where none was given: nothing known. */
export const NO_ORGANISATION: Organisation = { serviceAreas: [], locations: [] };

const OrganisationContext = React.createContext<Organisation>(NO_ORGANISATION);

/** Gives the organisation to every screen below it (the board and its cases, the themes report). */
export const OrganisationProvider = OrganisationContext.Provider;

export function useOrganisation(): Organisation {
  return React.useContext(OrganisationContext);
}

/** The names a screen shows for the keys a record holds. */
export interface OrganisationNames {
  serviceArea: (key: string) => string;
  team: (key: string) => string;
  office: (key: string) => string;
}

export function organisationNames(org: Organisation): OrganisationNames {
  return {
    serviceArea: (key) => findServiceArea(org, key)?.name ?? strings.UnknownOrganisation.serviceArea,
    team: (key) => findTeam(org, key)?.name ?? strings.UnknownOrganisation.team,
    office: (key) => findLocation(org, key)?.name ?? strings.UnknownOrganisation.office
  };
}

export function useOrganisationNames(): OrganisationNames {
  const org = useOrganisation();
  return React.useMemo(() => organisationNames(org), [org]);
}
