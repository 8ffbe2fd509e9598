/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { TriageBoard, triageBoardProps } from '../../src/webparts/triageBoard/components/TriageBoard';

describe('web part screens', () => {
  it('refuse to render outside a WebPartRoot (services must be handed down, never built)', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<TriageBoard />)).toThrow(/inside a WebPartRoot/);
    error.mockRestore();
  });

  it('the triage board web part shows the board unless an editor chose the summaries page', () => {
    expect(triageBoardProps({})).toEqual({ view: 'board' });
    expect(triageBoardProps({ view: 'summaries' })).toEqual({ view: 'summaries' });
    expect(triageBoardProps({ view: 'everything' })).toEqual({ view: 'board' });
  });
});
