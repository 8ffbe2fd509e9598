import { HttpRequestError } from '@pnp/queryable';
import { isUnknownPersonError, toStoreError } from '../../../src/services/store/storeErrors';

/** A PnPjs error as it carries SharePoint's answer: the body is in the message. */
function pnpError(status: number, code: string, message: string): HttpRequestError {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return new HttpRequestError(`Error making HttpClient request in queryable [${status}] ::> ${body}`, new Response(body, { status }));
}

describe('an account SharePoint cannot resolve (issue 12: ensureuser of an unknown or unlicensed person)', () => {
  it.each([500, 400, 404])('is a permanent personNotFound by its code and words, whatever the status (%i)', (status) => {
    const error = pnpError(status, '-2146232832, Microsoft.SharePoint.SPException', 'The specified user i:0#.f|membership|left@leics.example could not be found.');
    expect(isUnknownPersonError(error)).toBe(true);
    expect(toStoreError(error)).toEqual({ kind: 'personNotFound', status, retryable: false });
  });

  it('is not any other SPException with the same code, nor a throttled or server error', () => {
    const group = pnpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    expect(toStoreError(group)).toEqual({ kind: 'notFound', status: 404, retryable: false });
    const words = pnpError(500, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The specified user x could not be found.');
    expect(toStoreError(words)).toEqual({ kind: 'serverError', status: 500, retryable: true });
    expect(isUnknownPersonError(new Error('The specified user x could not be found.'))).toBe(false);
  });
});
