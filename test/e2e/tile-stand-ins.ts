import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** A local server standing in for a tile host, on 127.0.0.1 at a free port. */
export interface StandIn {
  origin: string;
  /** Paths requested so far. */
  requests: string[];
  close: () => Promise<void>;
}

interface Reply {
  type: string;
  body: Buffer | string;
}

async function listen(server: Server | ReturnType<typeof createHttpServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Answers each path with `reply(path, origin)`, or 404 when it gives none, with the CORS header
 * MapLibre needs to use a response from another origin.
 */
async function startHttpStandIn(reply: (path: string, origin: string) => Reply | undefined): Promise<StandIn> {
  const requests: string[] = [];
  let origin = '';
  const server = createHttpServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const answer = reply(path, origin);
    response.writeHead(answer ? 200 : 404, { 'Content-Type': answer?.type ?? 'text/plain', 'Access-Control-Allow-Origin': '*' });
    response.end(answer?.body);
  });
  origin = await listen(server);
  return { origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const isTilePath = (path: string, extension: string) => new RegExp(`^/\\d+/\\d+/\\d+\\.${extension}$`).test(path);

/** A 256 px PNG tile of one colour. */
export function solidTile([r, g, b]: readonly [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, 255], i);
  return PNG.sync.write(png);
}

/** Serves the same solid tile for every `/{z}/{x}/{y}.png`. */
export function startTileServer(colour: readonly [number, number, number]): Promise<StandIn> {
  const tile = solidTile(colour);
  return startHttpStandIn((path) => (isTilePath(path, 'png') ? { type: 'image/png', body: tile } : undefined));
}

/** Serves a TileJSON at `/planet` and the same vector tile for every `/{z}/{x}/{y}.pbf`. */
export function startVectorTileServer(tile: Buffer): Promise<StandIn> {
  return startHttpStandIn((path, origin) => {
    if (path === '/planet') {
      const tileJson = { tilejson: '3.0.0', tiles: [`${origin}/{z}/{x}/{y}.pbf`], minzoom: 0, maxzoom: 14 };
      return { type: 'application/json', body: JSON.stringify(tileJson) };
    }
    return isTilePath(path, 'pbf') ? { type: 'application/x-protobuf', body: tile } : undefined;
  });
}

/** Accepts connections and never answers: a tile host that hangs. */
export async function startSilentServer(): Promise<StandIn> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', (data) => requests.push(data.toString('latin1').split(' ')[1] ?? ''));
    socket.on('close', () => sockets.delete(socket));
  });
  const origin = await listen(server);
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { origin, requests, close };
}

/** The colour of one pixel of the page, as drawn (red, green, blue, 0–255). */
export async function pixelAt(page: Page, at: { x: number; y: number }): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 } }));
  const [r, g, b] = png.data;
  return [r, g, b];
}
