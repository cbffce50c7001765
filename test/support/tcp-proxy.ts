import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy to a real server (PostgreSQL): closing it is the database going away for whoever
 * connects through it, and only for them; the shared cluster other tests use keeps running.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  /** Connections are accepted and held, never forwarded: a database that hangs rather than refuses. */
  private stalled = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Listens (again on the same port once it has one) and forwards every connection to the target. */
  async open(): Promise<number> {
    const server = createServer((client) => {
      if (this.stalled) {
        this.sockets.add(client);
        client.once('close', () => this.sockets.delete(client));
        client.on('error', () => client.destroy());
        return;
      }
      const upstream = createConnection(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  /** Cuts every open connection and holds new ones without an answer, as a hung database would; `open` after `close` ends it. */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Refuses new connections and cuts every open one, as a stopped database would. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.stalled = false;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
