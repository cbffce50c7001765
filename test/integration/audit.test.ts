import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS, linkHash } from '../../src/db/audit/audit-chain';
import { formatCheckpoint, type KeptCheckpoint, parseCheckpoints, takeCheckpoint } from '../../src/db/audit/audit.checkpoint';
import { AuditEvent } from '../../src/db/audit/audit.entities';
import { verifyAuditTrail } from '../../src/db/audit/audit.verify';
import { AUDIT_CHAINS, CHAIN_LOCK } from '../../src/db/audit/audit.writer';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { Role } from '../../src/auth/roles';
import { canonicalHash, sha256Hex } from '../../src/lib/canonical-json';
import { CreateOrganizationDocument, UpdateOrganizationDocument } from '../generated/graphql';
import { dialect, onlyError, startGateway, TEST_AUDIT_KEY, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { last, must } from '../support/must';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);

describe(`audit trail on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  const sql = (query: string) => gw.app.orm.em.getConnection().execute(query);
  const verify = (checkpoints: KeptCheckpoint[] = []) => verifyAuditTrail(gw.app.orm.em.fork(), gw.app.config.auditKey, checkpoints);
  const events = () => gw.app.orm.em.fork().find(AuditEvent, {}, { orderBy: { seq: 'asc' } });
  const cli = (...args: string[]) => {
    const database =
      gw.scratch.database.dialect === 'postgresql' ? { DATABASE_URL: gw.scratch.database.url } : { SQLITE_PATH: gw.scratch.database.path };
    return run('node', [MAIN, 'audit', ...(args.length ? args : ['verify'])], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'), ...database },
    }).then(
      ({ stdout }) => ({ code: 0, out: stdout as string }),
      (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
    );
  };

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
  });
  afterAll(() => gw.close());

  it('writes one event per changed row of every mutation, naming who; a refused one writes none', async () => {
    const before = (await events()).length;
    expect(before).toBeGreaterThan(10);
    const dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    await gw.gql(UpdateOrganizationDocument, { id: orgs.horizon, input: { sector: 'Mutuelle santé' } }, dpo);
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]).toMatchObject({
      action: 'UPDATE',
      entityType: 'Organization',
      entityId: orgs.horizon,
      actor: 'dpo@horizon.example',
      organizationId: orgs.horizon,
    });
    expect(last(after).beforeHash).not.toBe(last(after).afterHash);

    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const refused = await gw.gql(
      CreateOrganizationDocument,
      { input: { roles: ['CONTROLLER'], legalName: 'X', siren: '123456789' } },
      admin,
    );
    expect(onlyError(refused).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await events()).toHaveLength(before + 1);
  });

  it("records an ingest's completion in the merge's own transaction, on the same chain", async () => {
    const completions = (await events()).filter((e) => e.entityType === 'IngestBatch' && e.afterHash && e.action === 'UPDATE');
    expect(completions.map((e) => e.actor)).toEqual(expect.arrayContaining(['demo-loader@operator-a', 'demo-loader@operator-b']));
    expect((await verify()).problem).toBeNull();
  });

  it('holds when nobody tampered with it, from the API and from the command', async () => {
    const verdict = await verify();
    expect(verdict.problem).toBeNull();
    // Every business row of the demo (notifications, PDFs kept at filing, counters…) was matched.
    expect(verdict.rows).toBeGreaterThan(30);
    const out = await cli();
    expect(out).toMatchObject({ code: 0, out: expect.stringMatching(/intact/) });
    expect(out.out).toMatch(/cannot be detected without one/);
  });

  it('detects an edited, a deleted, an inserted and a reordered event, and the newest removed', async () => {
    const all = await events();
    const third = must(all[2], 'a third event');
    const expectBroken = async (at: number) => {
      const { problem } = await verify();
      expect(problem).toMatchObject({ kind: 'chain', seq: at });
      return problem!;
    };

    await sql(`update audit_event set actor = 'someone-else' where seq = 3`);
    expect((await expectBroken(3)).reason).toMatch(/edited/);
    await sql(`update audit_event set actor = '${third.actor}' where seq = 3`);
    expect((await verify()).problem).toBeNull();

    const cliResult = await (async () => {
      await sql(`update audit_event set entity_id = 'forged' where seq = 5`);
      const result = await cli();
      await sql(`update audit_event set entity_id = '${must(all[4], 'a fifth event').entityId}' where seq = 5`);
      return result;
    })();
    expect(cliResult).toMatchObject({ code: 1, out: expect.stringMatching(/broken: at event 5/) });

    // Deleted: event 4 gone, so 5 stands where 4 should.
    const fourth = must(all[3], 'a fourth event');
    await sql(`delete from audit_event where seq = 4`);
    expect((await expectBroken(5)).reason).toMatch(/deleted, inserted or moved/);
    // Reordered: 4 comes back as a copy of 5's content with 5's place… the links no longer match.
    await sql(
      `insert into audit_event (seq, at, actor, organization_id, action, entity_type, entity_id, before_hash, after_hash, prev_hash, hash)
       select 4, at, actor, organization_id, action, entity_type, entity_id, before_hash, after_hash, prev_hash, hash from audit_event where seq = 5`,
    );
    expect((await expectBroken(4)).reason).toMatch(/broken|edited/);
    await sql(`delete from audit_event where seq = 4`);
    const at = gw.scratch.database.dialect === 'postgresql' ? `'${fourth.at.toISOString()}'` : String(fourth.at.getTime());
    await sql(
      `insert into audit_event (seq, at, actor, organization_id, action, entity_type, entity_id, before_hash, after_hash, prev_hash, hash)
       values (4, ${at}, '${fourth.actor}', ${fourth.organizationId ? `'${fourth.organizationId}'` : 'null'}, '${fourth.action}', '${fourth.entityType}', '${fourth.entityId}',
       ${fourth.beforeHash ? `'${fourth.beforeHash}'` : 'null'}, ${fourth.afterHash ? `'${fourth.afterHash}'` : 'null'}, '${fourth.prevHash}', '${fourth.hash}')`,
    );
    expect((await verify()).problem).toBeNull();

    // Inserted: a forged event in the middle.
    const last = must(all.at(-1), 'a last event').seq;
    await sql(`update audit_event set seq = seq + 1000 where seq > 6`);
    await sql(
      `insert into audit_event (seq, at, actor, organization_id, action, entity_type, entity_id, before_hash, after_hash, prev_hash, hash)
       select 7, at, 'forger', organization_id, 'DELETE', entity_type, entity_id, before_hash, after_hash, hash, hash from audit_event where seq = 6`,
    );
    await sql(`update audit_event set seq = seq - 999 where seq > 1000`);
    expect((await expectBroken(7)).reason).toMatch(/edited|broken/);
    await sql(`delete from audit_event where seq = 7`);
    await sql(`update audit_event set seq = seq + 1000 where seq > 7`);
    await sql(`update audit_event set seq = seq - 1001 where seq > 1000`);
    expect((await verify()).problem).toBeNull();

    // The newest events removed: the chain is whole, but shorter than its head says.
    await sql(`delete from audit_event where seq = ${last}`);
    expect((await verify()).problem?.reason).toMatch(/head/);
  });
});

describe(`audit trail tampering on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let dir: string;
  const sql = (query: string, params: unknown[] = []) => gw.app.orm.em.getConnection().execute(query, params);
  const verify = (checkpoints: KeptCheckpoint[] = []) => verifyAuditTrail(gw.app.orm.em.fork(), gw.app.config.auditKey, checkpoints);
  const cli = (...args: string[]) => {
    const database =
      gw.scratch.database.dialect === 'postgresql' ? { DATABASE_URL: gw.scratch.database.url } : { SQLITE_PATH: gw.scratch.database.path };
    return run('node', [MAIN, 'audit', ...args], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'), ...database },
    }).then(
      ({ stdout }) => ({ code: 0, out: stdout as string }),
      (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
    );
  };
  /** Runs `tamper`, checks what verify says, puts everything back and checks the trail holds again. */
  const tampered = async (tamper: () => Promise<unknown>, restore: () => Promise<unknown>) => {
    await tamper();
    const verdict = await verify();
    await restore();
    expect((await verify()).problem).toBeNull();
    return verdict.problem;
  };

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    dir = mkdtempSync(join(tmpdir(), 'audit-checkpoint-'));
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds a filed notification's CNIL reference, a kept PDF's hash and a count edited in the database, naming table and row", async () => {
    const [filed] = await sql(`select id, cnil_reference from notification where cnil_reference is not null order by id limit 1`);
    expect(filed).toBeDefined();
    expect(
      await tampered(
        () => sql(`update notification set cnil_reference = 'CNIL-NOTIF-2024-999999' where id = ?`, [filed.id]),
        () => sql(`update notification set cnil_reference = ? where id = ?`, [filed.cnil_reference, filed.id]),
      ),
    ).toMatchObject({ kind: 'row', table: 'notification', id: filed.id, reason: expect.stringMatching(/changed outside the gateway/) });

    const [kept] = await sql(`select notification_id, pdf_sha256 from filed_document order by notification_id limit 1`);
    expect(kept).toBeDefined();
    expect(
      await tampered(
        () => sql(`update filed_document set pdf_sha256 = ? where notification_id = ?`, ['0'.repeat(64), kept.notification_id]),
        () => sql(`update filed_document set pdf_sha256 = ? where notification_id = ?`, [kept.pdf_sha256, kept.notification_id]),
      ),
    ).toMatchObject({ kind: 'row', table: 'filed_document', id: kept.notification_id });

    expect(
      await tampered(
        () => sql(`update subject_count set persons = persons + 1 where scope_key = 'GLOBAL:::'`),
        () => sql(`update subject_count set persons = persons - 1 where scope_key = 'GLOBAL:::'`),
      ),
    ).toMatchObject({ kind: 'row', table: 'subject_count', id: 'GLOBAL:::' });

    // A row deleted behind the trail's back, and one written without any event.
    const [count] = await sql(`select * from subject_count where scope_key = 'GLOBAL:::'`);
    const columns = Object.keys(count);
    const reinsert = () =>
      sql(`insert into subject_count (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, Object.values(count));
    expect(await tampered(() => sql(`delete from subject_count where scope_key = 'GLOBAL:::'`), reinsert)).toMatchObject({
      kind: 'row',
      table: 'subject_count',
      id: 'GLOBAL:::',
      reason: expect.stringMatching(/deleted outside the gateway/),
    });
    expect(
      await tampered(
        () => sql(`insert into subject_count (scope_key, scope, persons, records, minors) values ('GLOBAL:forged::', 'GLOBAL', 5, 5, 0)`),
        () => sql(`delete from subject_count where scope_key = 'GLOBAL:forged::'`),
      ),
    ).toMatchObject({ kind: 'row', table: 'subject_count', id: 'GLOBAL:forged::', reason: expect.stringMatching(/no audit event/) });

    // The command says the same, and exits 1.
    await sql(`update notification set cnil_reference = 'CNIL-NOTIF-2024-999999' where id = ?`, [filed.id]);
    const out = await cli('verify');
    await sql(`update notification set cnil_reference = ? where id = ?`, [filed.cnil_reference, filed.id]);
    expect(out).toMatchObject({ code: 1, out: expect.stringContaining(`table notification, row ${filed.id}`) });
  });

  it('refuses a chain recomputed without the key, or with another key', async () => {
    const original = await gw.app.orm.em.fork().find(AuditEvent, {}, { orderBy: { seq: 'asc' } });
    const [head] = await sql('select seq, hash from audit_head where id = 1');
    /** Rewrites every link with `link`, as someone with write access to the database could. */
    const recompute = async (link: (prev: string, event: AuditEvent) => string) => {
      let prev = GENESIS;
      for (const event of original) {
        const hash = link(prev, event);
        await sql('update audit_event set prev_hash = ?, hash = ? where seq = ?', [prev, hash, event.seq]);
        prev = hash;
      }
      await sql('update audit_head set hash = ? where id = 1', [prev]);
    };
    const restore = async () => {
      for (const event of original)
        await sql('update audit_event set prev_hash = ?, hash = ? where seq = ?', [event.prevHash, event.hash, event.seq]);
      await sql('update audit_head set hash = ? where id = 1', [head.hash]);
    };
    const unkeyed = (prev: string, e: AuditEvent) =>
      sha256Hex(
        prev +
          canonicalHash({
            seq: e.seq,
            at: e.at.toISOString(),
            actor: e.actor,
            organizationId: e.organizationId ?? null,
            action: e.action,
            entityType: e.entityType,
            entityId: e.entityId,
            beforeHash: e.beforeHash ?? null,
            afterHash: e.afterHash ?? null,
          }),
      );
    expect(await tampered(() => recompute(unkeyed), restore)).toMatchObject({
      kind: 'chain',
      seq: 1,
      reason: expect.stringMatching(/unkeyed/),
    });
    const otherKey = Buffer.alloc(32, 1);
    expect(await tampered(() => recompute((prev, e) => linkHash(otherKey, prev, e)), restore)).toMatchObject({
      kind: 'chain',
      seq: 1,
      reason: expect.stringMatching(/AUDIT_KEY/),
    });
    // The same chain checked with another key fails the same way: the key is not in the database.
    expect((await verifyAuditTrail(gw.app.orm.em.fork(), otherKey)).problem).toMatchObject({ kind: 'chain', seq: 1 });
  });

  it('keeps downloads on a chain and a lock of their own, and still catches an edited or deleted download record', async () => {
    const [filed] = await sql(`select id from notification where status = 'FILED' order by id limit 1`);
    const [exposure] = await sql(`select controller_id from exposure where id = (select exposure_id from notification where id = ?)`, [
      filed.id,
    ]);
    const legal = await gw.token(exposure.controller_id, [Role.CONTROLLER_LEGAL], 'legal@downloads.example');
    const download = () =>
      fetch(`${gw.baseUrl}/notifications/${filed.id}/filing.pdf`, { headers: { authorization: `Bearer ${legal}` } }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    const mainEvents = (await sql('select count(*) as n from audit_event'))[0].n;
    expect(await download()).toBe(200);
    const [issued] = await sql(`select * from issued_document where issued_to = 'legal@downloads.example'`);
    expect(issued).toBeDefined();
    // Its record is on the downloads chain (head 2), not the main one.
    const [event] = await sql(`select * from download_audit_event where entity_id = ?`, [issued.id]);
    expect(event).toMatchObject({ entity_type: 'IssuedDocument', action: 'CREATE' });
    expect((await sql('select count(*) as n from audit_event'))[0].n).toBe(mainEvents);
    expect(await sql('select seq from audit_head where id = 2')).toEqual([{ seq: event.seq }]);
    expect((await verify()).problem).toBeNull();

    // The record edited, then deleted, behind the trail's back.
    expect(
      await tampered(
        () => sql(`update issued_document set issued_to = 'someone-else' where id = ?`, [issued.id]),
        () => sql(`update issued_document set issued_to = ? where id = ?`, [issued.issued_to, issued.id]),
      ),
    ).toMatchObject({ kind: 'row', table: 'issued_document', id: issued.id, reason: expect.stringMatching(/changed outside the gateway/) });
    const columns = Object.keys(issued);
    expect(
      await tampered(
        () => sql(`delete from issued_document where id = ?`, [issued.id]),
        () =>
          sql(`insert into issued_document (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, Object.values(issued)),
      ),
    ).toMatchObject({ kind: 'row', table: 'issued_document', id: issued.id, reason: expect.stringMatching(/deleted outside the gateway/) });
    // Its event edited: the downloads chain breaks there, and the command names that chain.
    await sql(`update download_audit_event set actor = 'someone-else' where seq = ?`, [event.seq]);
    const problem = (await verify()).problem;
    const out = await cli('verify');
    await sql(`update download_audit_event set actor = ? where seq = ?`, [event.actor, event.seq]);
    expect(problem).toMatchObject({ kind: 'chain', chain: 'downloads', seq: event.seq, reason: expect.stringMatching(/edited/) });
    expect(out).toMatchObject({ code: 1, out: expect.stringContaining(`at event ${event.seq} of the downloads chain`) });
    expect((await verify()).problem).toBeNull();

    // The newest download removed whole (its row, its event, the head rewound): only a checkpoint kept
    // outside sees it, and checkpoints witness the downloads chain's head too.
    const checkpoint = async () => formatCheckpoint(await takeCheckpoint(gw.app.orm.em.fork(), new Date()));
    const lines = [await checkpoint()];
    expect(await download()).toBe(200);
    lines.push(await checkpoint());
    const kept = parseCheckpoints(lines.join('\n'), 'kept.log');
    expect(kept[1]!.downloads!.seq).toBe(event.seq + 1);
    expect((await verify(kept)).problem).toBeNull();
    const [newest] = await sql(`select * from download_audit_event where seq = ?`, [event.seq + 1]);
    const [newestRow] = await sql(`select * from issued_document where id = ?`, [newest.entity_id]);
    await sql(`delete from issued_document where id = ?`, [newest.entity_id]);
    await sql(`delete from download_audit_event where seq = ?`, [newest.seq]);
    await sql('update audit_head set seq = ?, hash = ? where id = 2', [event.seq, event.hash]);
    // Whole without its witness: nothing inside the database can tell.
    const unwitnessed = (await verify()).problem;
    const truncated = (await verify(kept)).problem;
    const rowColumns = Object.keys(newestRow);
    await sql(
      `insert into issued_document (${rowColumns.join(', ')}) values (${rowColumns.map(() => '?').join(', ')})`,
      Object.values(newestRow),
    );
    const eventColumns = Object.keys(newest);
    await sql(
      `insert into download_audit_event (${eventColumns.join(', ')}) values (${eventColumns.map(() => '?').join(', ')})`,
      Object.values(newest),
    );
    await sql('update audit_head set seq = ?, hash = ? where id = 2', [newest.seq, newest.hash]);
    expect((await verify(kept)).problem).toBeNull();
    expect(unwitnessed).toBeNull();
    expect(truncated).toMatchObject({ kind: 'checkpoint', line: 2, reason: expect.stringMatching(/downloads chain ends at event/) });

    // The point of the second chain: on PostgreSQL, where writers take the chain's lock, a download
    // goes through while another transaction holds the main chain's lock, and a change on the main
    // chain goes through while another holds the downloads chain's.
    if (gw.scratch.database.dialect !== 'postgresql') return;
    const knex = (gw.app.orm.em.getConnection() as AbstractSqlConnection).getKnex();
    const holding = async (lock: string, work: () => Promise<unknown>) => {
      const trx = await knex.transaction();
      try {
        await trx.raw(lock);
        return await work();
      } finally {
        await trx.rollback();
      }
    };
    expect(await holding(CHAIN_LOCK, download)).toBe(200);
    const dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    const updated = await holding(AUDIT_CHAINS[1].lock, () =>
      gw.gql(UpdateOrganizationDocument, { id: orgs.horizon, input: { sector: 'Mutuelle santé (verrou)' } }, dpo),
    );
    expect(updated).toMatchObject({ status: 200, data: { updateOrganization: { id: orgs.horizon } } });
    expect((await verify()).problem).toBeNull();
  });

  it('catches the newest events deleted and the head rewound, with a checkpoint kept outside the database', async () => {
    const file = join(dir, 'checkpoints.log');
    expect(await cli('checkpoint', '--out', file)).toMatchObject({ code: 0, out: expect.stringMatching(/Checkpoint appended/) });
    const dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    await gw.gql(UpdateOrganizationDocument, { id: orgs.horizon, input: { sector: 'Mutuelle santé (checkpoint)' } }, dpo);
    const printed = await cli('checkpoint');
    expect(printed.out).toMatch(/^audit-checkpoint seq=\d+ hash=[0-9a-f]{64} downloads=\d+:[0-9a-f]{64} at=\S+\n$/);
    appendFileSync(file, printed.out);
    const kept = parseCheckpoints(readFileSync(file, 'utf8'), file);
    expect(kept).toHaveLength(2);
    expect((await verify(kept)).problem).toBeNull();
    expect(await cli('verify', '--checkpoint', file)).toMatchObject({ code: 0, out: expect.stringMatching(/holds all 2 checkpoints/) });

    // Delete the events after the first checkpoint and rewind the head to it: the chain is whole and
    // agrees with its head; only the row check (the organisation no longer matches) and the
    // checkpoint say otherwise, and the checkpoint says it first, by name.
    const removed = await sql(`select * from audit_event where seq > ? order by seq`, [kept[0]!.seq]);
    expect(removed.length).toBeGreaterThan(0);
    const [head] = await sql('select seq, hash from audit_head where id = 1');
    await sql(`delete from audit_event where seq > ?`, [kept[0]!.seq]);
    await sql('update audit_head set seq = ?, hash = ? where id = 1', [kept[0]!.seq, kept[0]!.hash]);
    const problem = (await verify(kept)).problem;
    const out = await cli('verify', '--checkpoint', file);
    const withoutWitness = (await verify()).problem;
    const columns = Object.keys(removed[0]);
    for (const row of removed)
      await sql(`insert into audit_event (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, Object.values(row));
    await sql('update audit_head set seq = ?, hash = ? where id = 1', [head.seq, head.hash]);

    expect(problem).toMatchObject({
      kind: 'checkpoint',
      file,
      line: 2,
      seq: kept[1]!.seq,
      reason: expect.stringMatching(/newest events were removed/),
    });
    expect(out).toMatchObject({ code: 1, out: expect.stringContaining(`checkpoint ${file}:2`) });
    expect(withoutWitness).toMatchObject({ kind: 'row', table: 'organization', id: orgs.horizon });
    expect((await verify(kept)).problem).toBeNull();

    // A damaged witness is refused with its line, never half-read.
    appendFileSync(file, 'audit-checkpoint seq=x\n');
    expect(await cli('verify', '--checkpoint', file)).toMatchObject({
      code: 1,
      out: expect.stringContaining(`${file}:3: not a checkpoint line`),
    });
  });
});
