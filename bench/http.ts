/** A JSON call to a Roster server, for the benchmark's clients. */
export async function call(url: string, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export async function clusterWithNodes(url: string, admin: string, clusterId: string, nodes: number, settings: object = {}) {
  const created = await call(url, "POST", "/v1/clusters", admin, { clusterId, settings });
  const joined: { nodeId: string; token: string }[] = [];
  for (let i = 0; i < nodes; i++) {
    const nodeId = `node-${i}`;
    const res = await call(url, "POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/join`, created.body.joinToken, {
      instanceType: i === 0 ? "clustered-first" : "clustered-additional",
      softwareVersion: "1.0.0",
    });
    if (res.status !== 200) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
    joined.push({ nodeId, token: res.body.nodeToken });
  }
  return { joinToken: created.body.joinToken as string, nodes: joined };
}

export const checkInBody = (extra: object = {}) => ({ epoch: 1, sentAt: new Date().toISOString(), ...extra });

/** The same call, straight into the app in this process (no HTTP): for counting requests. */
export const inProcess =
  (app: { request(path: string, init: RequestInit): Response | Promise<Response> }) =>
  async (method: string, path: string, token: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
