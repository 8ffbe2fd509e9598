import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'WellbeingStrings';
import { useWellbeingServices } from '../ServicesContext';

export interface INotBuiltYetProps {
  /** The web part's own title, shown as its heading. */
  title: string;
  /** One sentence on what this web part will do. */
  purpose: string;
}

/** Shown by a web part whose screens a later piece of work builds; honest about it, never a fake screen. */
export function NotBuiltYet(props: INotBuiltYetProps): React.ReactElement {
  const { dataSite } = useWellbeingServices();
  return (
    <section>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge">
          {props.title}
        </Text>
        <Text as="p">{props.purpose}</Text>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>{strings.NotBuiltYetHeading}. </strong>
          {strings.NotBuiltYetBody}
        </MessageBar>
        <Text as="p" variant="small">
          {strings.ReadsFromLabel}: {dataSite.isCurrentSite ? strings.CurrentSiteLabel : dataSite.url}
        </Text>
      </Stack>
    </section>
  );
}
