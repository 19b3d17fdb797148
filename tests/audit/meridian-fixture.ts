import type { AuditTest } from './audit-test-support.js';
import { headers, invoiceLine } from './audit-test-support.js';

// A small carrier with every kind of billing error, built by hand so each expected figure can be
// checked on paper. Contract MER-2025 (until June 2026) is replaced by MER-2026 from 1 July 2026,
// which lowers the MPLS and mobile rates.

export const june = { number: 'MER-2026-06', account: 'MER-100', period: '2026-06' };
export const july = { number: 'MER-2026-07', account: 'MER-100', period: '2026-07' };
export const august = { number: 'MER-2026-08', account: 'MER-100', period: '2026-08' };
export const feesJune = { number: 'MER-F-2026-06', account: 'MER-200', period: '2026-06' };
export const feesJuly = { number: 'MER-F-2026-07', account: 'MER-200', period: '2026-07' };

export async function loadMeridian(test: AuditTest): Promise<void> {
  await test.importRows('inventory', headers.inventory, [
    'S-CIR-1,circuit,CIR-001,Meridian Telecom,MER-100,,,,active,900.00,2025-01-01,',
    'S-MOB-1,mobile_line,312-555-0101,Meridian Telecom,MER-100,,,Ann Lee,active,35.00,2025-01-01,',
    'S-MOB-2,mobile_line,312-555-0102,Meridian Telecom,MER-100,,,Bo Park,disconnected,35.00,2025-01-01,2026-05-31',
    'S-MOB-3,mobile_line,312-555-0103,Meridian Telecom,MER-100,,,Cy Diaz,active,35.00,2026-06-15,',
    'S-MOB-5,mobile_line,312-555-0105,Meridian Telecom,MER-100,,,Di Eng,active,35.00,2025-01-01,',
    'S-TRK-1,voice_trunk,TRK-1,Meridian Telecom,MER-100,,,,active,150.00,2025-01-01,',
  ]);
  await test.importRows('contracts', headers.contracts, [
    'MER-2025,Meridian Telecom,Meridian MSA 2025,2025-01-01,2026-06-30,false,60,,USD',
    'MER-2026,Meridian Telecom,Meridian MSA 2026,2026-07-01,2028-06-30,true,90,,USD',
  ]);
  await test.importRows('contract-rates', headers.contractRates, [
    'MER-2025,circuit,MPLS Port 100 Mbps,1000.00,port/month',
    'MER-2025,mobile_line,Unlimited Plan,40.00,line/month',
    'MER-2025,voice_trunk,SIP Trunk Channel,15.00,channel/month',
    'MER-2026,circuit,MPLS Port 100 Mbps,900.00,port/month',
    'MER-2026,mobile_line,Unlimited Plan,35.00,line/month',
    'MER-2026,voice_trunk,SIP Trunk Channel,15.00,channel/month',
  ]);
  await test.importRows('invoices', headers.invoices, [
    invoiceLine(june, { identifier: 'CIR-001', type: 'recurring', description: 'MPLS Port 100 Mbps', amount: '1000.00' }),
    invoiceLine(june, { identifier: '312-555-0101', type: 'recurring', description: 'Unlimited Plan', amount: '40.00' }),
    invoiceLine(june, { identifier: '312-555-0102', type: 'recurring', description: 'Unlimited Plan', amount: '40.00' }),
    invoiceLine(june, { identifier: '312-555-0102', type: 'tax', description: 'State sales tax', amount: '3.20' }),
    // Started on 15 June: the first bill covers half of June plus July in advance.
    invoiceLine(june, { identifier: '312-555-0103', type: 'recurring', description: 'Unlimited Plan', amount: '57.33' }),
    invoiceLine(june, { identifier: '312-555-0105', type: 'recurring', description: 'Unlimited Plan', amount: '40.00' }),
    invoiceLine(june, {
      identifier: 'TRK-1',
      type: 'recurring',
      description: 'SIP Trunk Channel',
      quantity: '10',
      unitPrice: '15.00',
      amount: '150.00',
    }),
    invoiceLine(feesJune, { type: 'recurring', description: 'Account service fee', amount: '100.00' }),
  ]);
  await test.importRows('invoices', headers.invoices, [
    ...julyInvoice,
    invoiceLine(feesJuly, { type: 'recurring', description: 'Account service fee', amount: '900.00' }),
  ]);
}

/** July as the carrier first sent it; `correctedJuly` is the re-issued version. */
export const julyInvoice = [
  // Still 1000.00 although MER-2026 prices it 900.00 from July.
  invoiceLine(july, { identifier: 'CIR-001', type: 'recurring', description: 'MPLS Port 100 Mbps', amount: '1000.00' }),
  // 40.00 instead of 35.00, but credited on the same invoice.
  invoiceLine(july, { identifier: '312-555-0101', type: 'recurring', description: 'Unlimited Plan', amount: '40.00' }),
  invoiceLine(july, { identifier: '312-555-0101', type: 'credit', description: 'Rate adjustment', amount: '-5.00' }),
  invoiceLine(july, { identifier: '312-555-0102', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0103', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0103', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0199', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, {
    identifier: 'TRK-1',
    type: 'recurring',
    description: 'SIP Trunk Channel',
    quantity: '10',
    unitPrice: '15.00',
    amount: '150.00',
  }),
];

export const correctedJuly = [
  invoiceLine(july, { identifier: 'CIR-001', type: 'recurring', description: 'MPLS Port 100 Mbps', amount: '900.00' }),
  invoiceLine(july, { identifier: '312-555-0101', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0102', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0103', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, { identifier: '312-555-0199', type: 'recurring', description: 'Unlimited Plan', amount: '35.00' }),
  invoiceLine(july, {
    identifier: 'TRK-1',
    type: 'recurring',
    description: 'SIP Trunk Channel',
    quantity: '10',
    unitPrice: '15.00',
    amount: '150.00',
  }),
];
