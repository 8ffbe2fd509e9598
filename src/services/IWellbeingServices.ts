import { IDataSiteService } from './dataSite/IDataSiteService';

/**
 * The services one web part instance hands to its React tree. Created once per web part (in a child
 * ServiceScope) so that tests and the local preview can swap every implementation in one place.
 */
export interface IWellbeingServices {
  dataSite: IDataSiteService;
}
