import {
  routeUrl,
  type ErrorBody,
  type HttpMethod,
  type RouteDefinition,
  type RouteInput,
  type RouteResponse,
} from '@hjemvej/contract';
import { ApiError } from './api-error';

/**
 * The one way the web app talks to the API: adds Accept-Language, the CSRF header on
 * non-GET requests, JSON bodies, same-origin cookies, and turns error answers into ApiError.
 */

type QueryValue = string | number | boolean | null | undefined;

interface ClientState {
  csrfToken: string | null;
  getLocale: () => string;
  onUnauthorized: (() => void) | null;
}

const state: ClientState = {
  csrfToken: null,
  getLocale: () => document.documentElement.lang || 'da',
  onUnauthorized: null,
};

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setLocaleProvider(getLocale: () => string): void {
  state.getLocale = getLocale;
}

/** Called when any request (other than the session probe and sign-in) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A 401 is an expected answer here (session probe, sign-in): do not end the session. */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

/** The route's URL with the query's non-empty values. */
function withQuery(url: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function request(method: HttpMethod, url: string, options: RequestOptions): Promise<unknown> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': state.getLocale(),
  };
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(withQuery(url, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'network_error', message: '' });
  }

  if (response.ok) {
    if (response.status === 204) return undefined;
    return readJson(response);
  }

  const body = await readJson(response);
  const error = isErrorBody(body)
    ? new ApiError(response.status, body.error)
    : new ApiError(response.status, { code: `http_${response.status}`, message: '' });
  if (response.status === 401 && !options.expectUnauthorized) state.onUnauthorized?.();
  throw error;
}

export type CallInput<D extends RouteDefinition> = RouteInput<D> & {
  readonly signal?: AbortSignal;
  /** A 401 is an expected answer here (session probe, sign-in): do not end the session. */
  readonly expectUnauthorized?: boolean;
};

/**
 * Calls a contract route: builds its URL from the route's path and params, sends the query and
 * body, and parses the answer with the route's response schema (a answer that does not match
 * the contract is an error here, not a surprise three components later).
 */
export async function call<const D extends RouteDefinition>(route: D, input: CallInput<D>): Promise<RouteResponse<D>> {
  const loose = input as {
    params?: Record<string, unknown>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
    expectUnauthorized?: boolean;
  };
  const path = routeUrl(route, loose.params);
  const options: RequestOptions = {};
  if (loose.query !== undefined) options.query = loose.query;
  if (loose.body !== undefined) options.body = loose.body;
  if (loose.signal !== undefined) options.signal = loose.signal;
  if (loose.expectUnauthorized !== undefined) options.expectUnauthorized = loose.expectUnauthorized;
  const answer = await request(route.method, path, options);
  if (route.status === 204) return undefined as RouteResponse<D>;
  return route.response.parse(answer) as RouteResponse<D>;
}
