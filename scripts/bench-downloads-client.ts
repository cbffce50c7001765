/**
 * autocannon's `setupClient` for the draft updates of `npm run bench:downloads`, loaded by path in
 * autocannon's worker thread (functions cannot cross into it). Each connection takes the next draft
 * of BENCH_DOWNLOADS_UPDATE (the worker's copy of the environment, set before the run), so no two
 * connections edit the same one, and sends `updateNotification` with the version its previous answer
 * gave: each update changes `delayReasons`, so each one is a real write. A CONFLICT (a stale version
 * read before the run) resyncs from the error's `currentVersion`.
 */
interface Draft {
  id: string;
  version: number;
}

interface Client {
  setRequests(requests: object[]): void;
}

const { query, drafts } = JSON.parse(process.env.BENCH_DOWNLOADS_UPDATE ?? '{"query":"","drafts":[]}') as {
  query: string;
  drafts: Draft[];
};
let next = 0;
let refused = 0;

function setupClient(client: Client): void {
  const draft = drafts[next++ % drafts.length];
  if (!draft) throw new Error('BENCH_DOWNLOADS_UPDATE holds no draft');
  let version = draft.version;
  let sent = 0;
  client.setRequests([
    {
      setupRequest: (request: object) => ({
        ...request,
        body: JSON.stringify({
          query,
          variables: { id: draft.id, input: { version, delayReasons: `Motif du retard, révision ${++sent}` } },
        }),
      }),
      onResponse: (_status: number, body: string) => {
        const seen = /"(?:currentVersion|version)":(\d+)/.exec(body);
        if (seen) version = Number(seen[1]);
        // A 200 that applied nothing: said, a few times a worker, so the figures are not taken blindly.
        if (body.includes('"errors"') && refused++ < 3)
          console.error(`an update was refused (draft ${draft.id}, its connection's update ${sent}): ${body.slice(0, 200)}`);
      },
    },
  ]);
}

// autocannon's worker calls `require(path)` and uses what it gets: the module is the function.
export = setupClient;
