import { ServiceKey, ServiceScope } from '@microsoft/sp-core-library';
import { PageContext } from '@microsoft/sp-page-context';
import { AadTokenProviderFactory } from '@microsoft/sp-http';
import { spfi, SPFI, SPFx } from '@pnp/sp';
import { IDataSiteService } from './IDataSiteService';
import { resolveDataSiteUrl, siteUrlOf } from './dataSiteUrl';

/**
 * Registered in each web part's child ServiceScope. The web part calls `configure` with its property value
 * before handing services to React; tests and the local preview register their own IDataSiteService instead.
 */
export class DataSiteService implements IDataSiteService {
  public static readonly serviceKey: ServiceKey<IDataSiteService> = ServiceKey.create<IDataSiteService>(
    'wellbeing:IDataSiteService',
    DataSiteService
  );

  private _pageContext: PageContext | undefined;
  private _tokenProviderFactory: AadTokenProviderFactory | undefined;
  private _configured: string | undefined;
  private _sp: SPFI | undefined;

  public constructor(serviceScope: ServiceScope) {
    serviceScope.whenFinished(() => {
      this._pageContext = serviceScope.consume(PageContext.serviceKey);
      this._tokenProviderFactory = serviceScope.consume(AadTokenProviderFactory.serviceKey);
    });
  }

  /** Sets the web part's data site property. An invalid value falls back to the current site. */
  public configure(dataSiteUrl: string | undefined): void {
    if (dataSiteUrl !== this._configured) {
      this._configured = dataSiteUrl;
      this._sp = undefined;
    }
  }

  public get url(): string {
    const current = this.pageContext.web.absoluteUrl;
    const resolved = resolveDataSiteUrl(this._configured, current);
    return resolved.ok ? resolved.url : siteUrlOf(current);
  }

  public get isCurrentSite(): boolean {
    return this.url === siteUrlOf(this.pageContext.web.absoluteUrl);
  }

  public get sp(): SPFI {
    if (!this._sp) {
      this._sp = spfi(this.url).using(
        SPFx({ pageContext: this.pageContext, aadTokenProviderFactory: this._tokenProviderFactory })
      );
    }
    return this._sp;
  }

  private get pageContext(): PageContext {
    if (!this._pageContext) {
      throw new Error('DataSiteService used before its service scope finished.');
    }
    return this._pageContext;
  }
}
