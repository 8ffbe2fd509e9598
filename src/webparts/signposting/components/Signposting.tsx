import * as React from 'react';
import * as strings from 'SignpostingWebPartStrings';
import type { PageContext } from '../../../domain/types';
import { NotBuiltYet } from '../../../components/NotBuiltYet';

export interface ISignpostingProps {
  pageContext: PageContext;
  raiseConcernPageUrl: string;
}

/** The Wellbeing signposting web part's screen. */
export function Signposting(props: ISignpostingProps): React.ReactElement {
  return (
    <NotBuiltYet title={`${strings.Title}: ${strings.PageContextNames[props.pageContext]}`} purpose={strings.Purpose} />
  );
}
