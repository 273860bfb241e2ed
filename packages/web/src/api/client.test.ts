import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineRoute } from '@hjemvej/contract';
import { ApiError } from './api-error';
import { call, setCsrfToken } from './client';

const readThing = defineRoute({
  name: 'readThing',
  method: 'GET',
  path: '/api/citizens/:id/things/:thingId',
  summary: 'A test route',
  tags: ['test'],
  permission: null,
  params: z.object({ id: z.string(), thingId: z.string() }),
  query: z.object({ from: z.number().optional(), q: z.string().optional(), all: z.boolean().optional() }),
  response: z.object({ id: z.string(), count: z.number() }),
});

const saveThing = defineRoute({
  name: 'saveThing',
  method: 'POST',
  path: '/api/things',
  summary: 'A test route',
  tags: ['test'],
  permission: null,
  body: z.object({ name: z.string() }),
  response: z.object({ id: z.string() }),
  status: 201,
});

const deleteThing = defineRoute({
  name: 'deleteThing',
  method: 'DELETE',
  path: '/api/things/:id',
  summary: 'A test route',
  tags: ['test'],
  permission: null,
  params: z.object({ id: z.string() }),
  response: z.null(),
  status: 204,
});

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function sent(): { url: string; init: RequestInit } {
  const [url, init] = fetchMock.mock.calls[0] ?? [];
  return { url: typeof url === 'string' ? url : '', init: init ?? {} };
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setCsrfToken('token-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('call', () => {
  it('builds the URL from the path, encoded params and the query, leaving out empty values', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 'a', count: 2, extra: 'dropped' }));
    const result = await call(readThing, {
      params: { id: 'c/1', thingId: 't 2' },
      query: { from: 3, q: '', all: true },
    });
    expect(sent().url).toBe('/api/citizens/c%2F1/things/t%202?from=3&all=true');
    expect(sent().init.method).toBe('GET');
    expect(result).toEqual({ id: 'a', count: 2 });
  });

  it('sends the body as JSON with the CSRF header on a state-changing request', async () => {
    fetchMock.mockResolvedValue(answer(201, { id: 'new' }));
    await expect(call(saveThing, { body: { name: 'Hus' } })).resolves.toEqual({ id: 'new' });
    const { url, init } = sent();
    expect(url).toBe('/api/things');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ name: 'Hus' }));
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'x-csrf-token': 'token-1' });
  });

  it('answers nothing for a 204 route', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(call(deleteThing, { params: { id: 'x' } })).resolves.toBeUndefined();
  });

  it('refuses an answer that does not match the response schema', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 'a', count: 'two' }));
    await expect(call(readThing, { params: { id: 'c', thingId: 't' }, query: {} })).rejects.toThrow(z.ZodError);
  });

  it('turns an error body into an ApiError with its fields', async () => {
    fetchMock.mockResolvedValue(
      answer(400, {
        error: { code: 'validation_failed', message: 'Ret felterne', fields: [{ path: 'name', message: 'Skal udfyldes' }] },
      }),
    );
    const error: unknown = await call(saveThing, { body: { name: '' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Ret felterne',
      fields: [{ path: 'name', message: 'Skal udfyldes' }],
    });
  });

  it('names the status when an error answer has no error body', async () => {
    fetchMock.mockResolvedValue(new Response('<html>', { status: 502 }));
    await expect(call(saveThing, { body: { name: 'x' } })).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('says network_error when the server cannot be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(call(saveThing, { body: { name: 'x' } })).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
