import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { errorBody } from "./errors";

/** How much of a refused body the local server reads and discards so the client reads its answer. */
export const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
const DRAIN_IDLE_MS = 10_000;

/**
 * Read and discard what is left of a request body the app answered without reading (a 413,
 * a 401...). Closing with unread bytes makes the client's kernel see a reset, and most
 * clients then lose the answer they were sent. Past the cap, or when the client stalls, close.
 */
export function drainUnread(incoming: IncomingMessage) {
  if (incoming.readableEnded || incoming.destroyed) return;
  let read = 0;
  // The request's web stream, once made, pauses the socket when its unread queue fills: keep it flowing.
  const keepFlowing = () => setImmediate(() => incoming.resume());
  const close = () => {
    incoming.off("data", onData);
    incoming.off("pause", keepFlowing);
    incoming.socket?.destroy();
  };
  const timer = setTimeout(close, DRAIN_IDLE_MS);
  timer.unref();
  const onData = (chunk: Buffer) => {
    read += chunk.length;
    timer.refresh();
    if (read > MAX_DRAIN_BYTES) close();
  };
  incoming.on("data", onData);
  incoming.on("pause", keepFlowing);
  incoming.once("end", () => {
    clearTimeout(timer);
    incoming.off("pause", keepFlowing);
  });
  incoming.once("error", () => clearTimeout(timer));
  incoming.resume();
}

const STATUS_OF: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", "headers_too_large", "the request headers are too large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "request_timeout", "the request took too long to arrive"],
};

/**
 * A request Node's HTTP parser refuses never reaches the app: answer it here, in the API's
 * error shape, where the connection still allows an answer, then close it.
 */
export function answerClientErrors(server: Pick<Server, "on">) {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, message] = STATUS_OF[error.code ?? ""] ?? [400, "Bad Request", "invalid_request", "the request is not valid HTTP"];
    const body = JSON.stringify(errorBody(code, message));
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
