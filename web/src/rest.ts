import { type Client, createRequest } from '@urql/core';
import { WebViewerDocument } from './generated/graphql';

/**
 * The Authorization header the GraphQL client sends, for the REST uploads (`fetch`) a screen makes.
 * Read from the client's own fetch options, so the token stays where the app put it (memory, one
 * place) and never goes in a URL; downloads use the API's signed links instead.
 */
export function authorizationOf(client: Client): string {
  const options = client.createRequestOperation('query', createRequest(WebViewerDocument, {})).context.fetchOptions;
  const init = typeof options === 'function' ? options() : options;
  return new Headers(init?.headers).get('authorization') ?? '';
}

/** Follows a signed download link: the browser saves the file (the API answers it as an attachment). */
export function followDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A REST refusal's message (`{ error: { message } }`), or the status when the body says nothing. */
export async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `HTTP ${response.status}`;
}
