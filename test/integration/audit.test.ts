import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/audit/audit.entities';
import { verifyAuditTrail } from '../../src/audit/audit.verify';
import { Role } from '../../src/auth/roles';
import { CreateOrganizationDocument, UpdateOrganizationDocument } from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);

describe(`audit trail on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: Record<string, string>;
  const sql = (query: string) => gw.app.orm.em.getConnection().execute(query);
  const verify = () => verifyAuditTrail(gw.app.orm.em.fork());
  const events = () => gw.app.orm.em.fork().find(AuditEvent, {}, { orderBy: { seq: 'asc' } });
  const cli = () => {
    const database = gw.scratch.database.dialect === 'postgresql' ? { DATABASE_URL: gw.scratch.database.url } : { SQLITE_PATH: gw.scratch.database.path };
    return run('node', [MAIN, 'audit', 'verify'], { env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...database } }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
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
    expect(after[after.length - 1]).toMatchObject({ action: 'UPDATE', entityType: 'Organization', entityId: orgs.horizon, actor: 'dpo@horizon.example', organizationId: orgs.horizon });
    expect(after[after.length - 1].beforeHash).not.toBe(after[after.length - 1].afterHash);

    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const refused = await gw.gql(CreateOrganizationDocument, { input: { roles: ['CONTROLLER'], legalName: 'X', siren: '123456789' } }, admin);
    expect(onlyError(refused).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await events()).toHaveLength(before + 1);
  });

  it("records an ingest's completion in the merge's own transaction, on the same chain", async () => {
    const completions = (await events()).filter((e) => e.entityType === 'IngestBatch' && e.afterHash && e.action === 'UPDATE');
    expect(completions.map((e) => e.actor)).toEqual(expect.arrayContaining(['demo-loader@operator-a', 'demo-loader@operator-b']));
    expect((await verify()).problem).toBeNull();
  });

  it('holds when nobody tampered with it, from the API and from the command', async () => {
    expect((await verify()).problem).toBeNull();
    expect(await cli()).toMatchObject({ code: 0, out: expect.stringMatching(/intact/) });
  });

  it('detects an edited, a deleted, an inserted and a reordered event, and the newest removed', async () => {
    const all = await events();
    const third = all[2];
    const expectBroken = async (at: number) => {
      const { problem } = await verify();
      expect(problem?.seq).toBe(at);
      return problem!;
    };

    await sql(`update audit_event set actor = 'someone-else' where seq = 3`);
    expect((await expectBroken(3)).reason).toMatch(/edited/);
    await sql(`update audit_event set actor = '${third.actor}' where seq = 3`);
    expect((await verify()).problem).toBeNull();

    const cliResult = await (async () => {
      await sql(`update audit_event set entity_id = 'forged' where seq = 5`);
      const result = await cli();
      await sql(`update audit_event set entity_id = '${all[4].entityId}' where seq = 5`);
      return result;
    })();
    expect(cliResult).toMatchObject({ code: 1, out: expect.stringMatching(/broken at event 5/) });

    // Deleted: event 4 gone, so 5 stands where 4 should.
    const fourth = all[3];
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
    const last = all[all.length - 1].seq;
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
