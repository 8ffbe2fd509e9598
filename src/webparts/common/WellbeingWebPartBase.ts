import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import {
  IPropertyPaneConfiguration,
  IPropertyPaneField,
  IPropertyPaneGroup,
  IPropertyPaneTextFieldProps,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import * as strings from 'WellbeingStrings';
import { WebPartRoot } from '../../components/WebPartRoot';
import { createWellbeingServices, IConfigurableWellbeingServices, StoreModule } from '../../services/createWellbeingServices';
import { DataSiteUrlProblem, resolveDataSiteUrl } from '../../services/dataSite/dataSiteUrl';

/** Every wellbeing web part has the one data site setting (ARCHITECTURE.md) and a title. */
export interface IWellbeingWebPartProps {
  dataSiteUrl: string;
  /**
   * The web part's heading, as an editor types it. Empty by default: a SharePoint page already carries its
   * title, so the web part shows a heading only when one is set (WebPartHeading).
   */
  title?: string;
}

/**
 * What the four web parts share: services built once in a child ServiceScope, the section's theme variant
 * (section backgrounds and Teams themes), the data site property, and rendering into one React root.
 * Subclasses only say what their React content is and which extra properties they have.
 */
export abstract class WellbeingWebPartBase<TProps extends IWellbeingWebPartProps> extends BaseClientSideWebPart<TProps> {
  private _services: IConfigurableWellbeingServices | undefined;
  private _theme: IReadonlyTheme | undefined;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      // In Teams, Teams' theme wins over SharePoint's (followTeamsTheme).
      if (this.context.sdks.microsoftTeams) return;
      this._theme = args.theme;
      this.render();
    });
    await this.followTeamsTheme();
    this._services = await createWellbeingServices(this.context.serviceScope, this.properties.dataSiteUrl, () => this.loadStore());
  }

  /**
   * In a Teams tab or personal app the web part takes Teams' theme (default, dark or high contrast) and follows
   * the person's switch while it is open (teams-js `app.getContext` and `app.registerOnThemeChangeHandler`).
   * SharePoint's theme and section variants apply everywhere else. A Teams SDK that does not answer leaves the
   * SharePoint theme in place: the web part still works, only in the light theme.
   */
  private async followTeamsTheme(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    // Loaded only in Teams: a web part on a SharePoint page (signposting on every induction page) never carries it.
    const { teamsTheme, teamsThemeName } = await import(/* webpackChunkName: 'wellbeing-teams-theme' */ '../../components/teamsTheme');
    const apply = (name: string | undefined): void => {
      this._theme = teamsTheme(teamsThemeName(name)) as unknown as IReadonlyTheme;
    };
    try {
      const context = await teams.teamsJs.app.getContext();
      apply(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        apply(name);
        this.render();
      });
    } catch {
      apply(undefined);
    }
  }

  /**
   * The store's module, loaded by the web part's own `import()` with its own webpackChunkName ('raise-store'...):
   * StoreModuleLoader says why.
   */
  protected abstract loadStore(): Promise<StoreModule>;

  /** The web part's own React tree; services and theme are provided around it. */
  protected abstract renderContent(): React.ReactElement;

  /** One sentence at the top of the property pane saying what this web part is for. */
  protected abstract get propertyPaneDescription(): string;

  /** Settings a web part has beyond the data site (none by default). */
  protected extraPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [];
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: this.propertyPaneDescription },
          groups: [
            { groupName: strings.PropertyPaneHeadingGroupName, groupFields: [this.titleField()] },
            ...this.extraPropertyPaneGroups(),
            { groupName: strings.PropertyPaneDataGroupName, groupFields: [this.dataSiteUrlField()] }
          ]
        }
      ]
    };
  }

  public render(): void {
    if (!this._services) {
      return;
    }
    const root = React.createElement(
      WebPartRoot,
      { services: this._services, theme: this._theme as WebPartRootTheme, title: this.properties.title ?? '' },
      this.renderContent()
    );
    ReactDom.render(root, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'dataSiteUrl' && this._services) {
      this._services.setDataSiteUrl(typeof newValue === 'string' ? newValue : undefined);
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  /** The title every web part has: empty where the page's own title says what the web part is. */
  private titleField(): IPropertyPaneField<IPropertyPaneTextFieldProps> {
    return PropertyPaneTextField('title', { label: strings.TitleFieldLabel, description: strings.TitleFieldDescription });
  }

  /** The data site field every property pane has; an invalid address is refused where it is typed. */
  private dataSiteUrlField(): IPropertyPaneField<IPropertyPaneTextFieldProps> {
    return PropertyPaneTextField('dataSiteUrl', {
      label: strings.DataSiteUrlFieldLabel,
      description: strings.DataSiteUrlFieldDescription,
      placeholder: this.context.pageContext.web.absoluteUrl,
      deferredValidationTime: 400,
      onGetErrorMessage: (value: string): string => {
        const result = resolveDataSiteUrl(value, this.context.pageContext.web.absoluteUrl);
        return result.ok ? '' : dataSiteUrlMessage(result.problem, this.context.pageContext.web.absoluteUrl);
      }
    });
  }
}

type WebPartRootTheme = React.ComponentProps<typeof WebPartRoot>['theme'];

function dataSiteUrlMessage(problem: DataSiteUrlProblem, currentSiteUrl: string): string {
  switch (problem) {
    case 'notHttps':
      return strings.DataSiteUrlNotHttps;
    case 'otherTenant':
      return strings.DataSiteUrlOtherTenant.replace('{0}', new URL(currentSiteUrl).host);
    default:
      return strings.DataSiteUrlNotAbsolute;
  }
}
