import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An HTTP proxy in front of a server, that a test can cut: while cut, every request's
 * connection is dropped (the client sees a network error), as a partition between one node and
 * Roster would. For agents in other processes: point `--url` at `url`.
 */
export async function cuttableProxy(target: string) {
  const state = { cut: false };
  const server = createServer((req, res) => {
    if (state.cut) return void req.socket.destroy();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const name of ["authorization", "content-type", "idempotency-key"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      fetch(`${target}${req.url}`, { method: req.method!, headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          const text = await answer.text();
          // Cut while the answer was on its way: it is lost too.
          if (state.cut) return void req.socket.destroy();
          const out: Record<string, string> = {};
          for (const name of ["content-type", "retry-after"]) {
            const value = answer.headers.get(name);
            if (value) out[name] = value;
          }
          res.writeHead(answer.status, out).end(text);
        })
        .catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Drop every request from now on (and answers still on their way), until `restore()`. */
    cut: () => void (state.cut = true),
    restore: () => void (state.cut = false),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
