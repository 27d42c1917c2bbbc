import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { useLocalRoster } from "../support/local-roster";

const local = useLocalRoster();
const MiB = 1024 * 1024;

/** Send raw bytes to the local server and read everything it answers until it closes or answers in full. */
function raw(head: string, body?: { bytes: number; chunked?: boolean }): Promise<{ text: string; error?: string }> {
  const { port } = new URL(local().roster.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let text = "";
    let error: string | undefined;
    let sent = false;
    // Like a plain client: send the whole request, read the whole answer, then hang up.
    const answered = () => {
      const [headers, rest = ""] = text.split("\r\n\r\n");
      if (/transfer-encoding: chunked/i.test(headers ?? "")) return rest.endsWith("0\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(headers ?? "");
      return length !== null && Buffer.byteLength(rest) >= Number(length[1]);
    };
    const endWhenDone = () => {
      if (sent && answered()) socket.end();
    };
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      endWhenDone();
    });
    socket.on("error", (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on("close", () => resolve({ text, ...(error ? { error } : {}) }));
    socket.on("connect", async () => {
      socket.write(head);
      if (!body) {
        sent = true;
        return;
      }
      const chunk = Buffer.alloc(64 * 1024, "x");
      for (let sent = 0; sent < body.bytes && !socket.destroyed; sent += chunk.length) {
        const data = body.chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]) : chunk;
        if (!socket.write(data)) await new Promise((r) => socket.once("drain", r));
      }
      if (body.chunked && !socket.destroyed) socket.write("0\r\n\r\n");
      sent = true;
      endWhenDone();
    });
  });
}

/** The JSON body of a raw answer, with a length or in chunks. */
const bodyOf = (text: string) => {
  const [headers = "", rest = ""] = text.split(/\r\n\r\n(.*)/s);
  if (!/transfer-encoding: chunked/i.test(headers)) return JSON.parse(rest);
  let body = "";
  for (let at = 0; ; ) {
    const eol = rest.indexOf("\r\n", at);
    const size = parseInt(rest.slice(at, eol), 16);
    if (!size) return JSON.parse(body);
    body += rest.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
};

describe("answers below the app, on a real local server", () => {
  it("a 5 MiB body with its length gets its 413 in full, no reset", async () => {
    const { adminToken } = local();
    const res = await raw(
      `POST /v1/clusters HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${adminToken}\r\nContent-Type: application/json\r\nContent-Length: ${5 * MiB}\r\n\r\n`,
      { bytes: 5 * MiB },
    );
    expect(res.error, res.text.slice(0, 300)).toBeUndefined();
    expect(res.text).toMatch(/^HTTP\/1.1 413 /);
    expect(bodyOf(res.text).error.code).toBe("payload_too_large");
  });

  it("a chunked 5 MiB body gets its 413 in full, no reset", async () => {
    const res = await raw(`POST /v1/clusters HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`, {
      bytes: 5 * MiB,
      chunked: true,
    });
    expect(res.error, res.text.slice(0, 300)).toBeUndefined();
    expect(res.text).toMatch(/^HTTP\/1.1 413 /);
    expect(bodyOf(res.text).error.code).toBe("payload_too_large");
  });

  it("fetch with a 5 MiB body reads the 413", async () => {
    const { roster, adminToken } = local();
    const res = await fetch(`${roster.url}/v1/clusters`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: "x".repeat(5 * MiB),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  it("a path with bytes HTTP forbids is 400 in the error shape, and the connection closes", async () => {
    const res = await raw("GET /v1/clu\x01sters HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(res.text).toMatch(/^HTTP\/1.1 400 /);
    expect(res.text).toMatch(/\r\nConnection: close\r\n/i);
    expect(bodyOf(res.text).error.code).toBe("invalid_request");
  });

  it("headers over Node's limit are 431 in the error shape", async () => {
    const res = await raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"y".repeat(32 * 1024)}\r\n\r\n`);
    expect(res.text).toMatch(/^HTTP\/1.1 431 /);
    expect(bodyOf(res.text).error.code).toBe("headers_too_large");
  });

  it("the server still answers afterwards", async () => {
    expect((await fetch(`${local().roster.url}/health`)).status).toBe(200);
  });
});
