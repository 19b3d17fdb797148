import type { PrismaClient, User } from '../../../src/db/generated/client.js';
import type { DomainDeps } from '../../../src/domain/deps.js';
import { identifierKey, nameKey } from '../../../src/domain/shared/normalize.js';
import type { Viewer } from '../../../src/domain/shared/viewer.js';
import { silentLogger } from '../../../src/logger.js';

// A small enterprise for MACD: two cost centers, three sites, a handful of services, and the
// people who request and decide. Every figure a test checks is readable here.

export const today = new Date('2026-11-26T10:00:00Z');

export const people = {
  requester: {
    email: 'rita@example.com',
    name: 'Rita Requester',
    role: 'requester',
    costCenters: ['CC100'],
    slackUserId: 'URITA',
    teamsUserId: '29:rita',
  },
  approver: {
    email: 'alan@example.com',
    name: 'Alan Approver',
    role: 'approver',
    costCenters: ['CC100'],
    slackUserId: 'UALAN',
    teamsUserId: '29:alan',
  },
  secondApprover: {
    email: 'bea@example.com',
    name: 'Bea Approver',
    role: 'approver',
    costCenters: ['CC100', 'CC200'],
    slackUserId: 'UBEA',
    teamsUserId: '29:bea',
  },
  outsider: {
    email: 'otto@example.com',
    name: 'Otto Outsider',
    role: 'approver',
    costCenters: ['CC200'],
    slackUserId: 'UOTTO',
    teamsUserId: '29:otto',
  },
  admin: { email: 'ada@example.com', name: 'Ada Admin', role: 'admin', costCenters: ['*'], slackUserId: 'UADA', teamsUserId: '29:ada' },
  viewer: {
    email: 'vic@example.com',
    name: 'Vic Viewer',
    role: 'viewer',
    costCenters: ['CC100'],
    slackUserId: 'UVIC',
    teamsUserId: '29:vic',
  },
} as const;

export type PersonName = keyof typeof people;

export const services = [
  {
    externalId: 'S1',
    type: 'mobile_line',
    identifier: '253-555-0100',
    vendor: 'Verizon Wireless',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Rita Requester',
    status: 'active',
    monthlyCost: '45.00',
  },
  {
    externalId: 'S2',
    type: 'circuit',
    identifier: 'MPLS-DEN-0002',
    vendor: 'Lumen',
    location: 'Denver Office',
    costCenter: 'CC100',
    assignee: null,
    status: 'active',
    monthlyCost: '800.50',
  },
  {
    externalId: 'S3',
    type: 'pots_line',
    identifier: '312-555-0900',
    vendor: 'AT&T',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Facilities',
    status: 'active',
    monthlyCost: '65.25',
  },
  {
    externalId: 'S4',
    type: 'mobile_line',
    identifier: '303-555-0103',
    vendor: 'Verizon Wireless',
    location: 'Denver Office',
    costCenter: 'CC100',
    assignee: 'Dana Cruz',
    status: 'disconnected',
    monthlyCost: '50.00',
  },
  {
    externalId: 'S5',
    type: 'mobile_line',
    identifier: '415-555-0199',
    vendor: 'Verizon Wireless',
    location: 'Chicago HQ',
    costCenter: 'CC200',
    assignee: 'Eve Engineer',
    status: 'active',
    monthlyCost: '55.00',
  },
  {
    externalId: 'S7',
    type: 'mobile_line',
    identifier: '253-555-0188',
    vendor: 'Verizon Wireless',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Front Desk',
    status: 'active',
    monthlyCost: '30.00',
  },
  {
    externalId: 'S6',
    type: 'mobile_line',
    identifier: '253-555-0177',
    vendor: 'Verizon Wireless',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Sam Sales',
    status: 'active',
    monthlyCost: '39.99',
  },
] as const;

export async function loadMacdFixture(prisma: PrismaClient): Promise<Record<PersonName, User>> {
  for (const [name, key] of [
    ['Verizon Wireless', 'verizonwireless'],
    ['Lumen', 'lumen'],
    ['AT&T', 'att'],
  ] as const) {
    await prisma.vendor.create({ data: { name, key } });
  }
  await prisma.vendorAlias.create({
    data: { key: 'verizon', vendorId: (await prisma.vendor.findUniqueOrThrow({ where: { key: 'verizonwireless' } })).id },
  });
  await prisma.costCenter.createMany({
    data: [
      { code: 'CC100', name: 'Sales' },
      { code: 'CC200', name: 'Engineering' },
    ],
  });
  for (const [name, city] of [
    ['Chicago HQ', 'Chicago'],
    ['Denver Office', 'Denver'],
    ['Denver New Site', 'Denver'],
    ['Austin Office', 'Austin'],
  ] as const) {
    await prisma.location.create({ data: { name, key: nameKey(name), city, country: 'US' } });
  }
  for (const service of services) {
    const vendor = await prisma.vendor.findUniqueOrThrow({ where: { key: nameKey(service.vendor) } });
    const location = await prisma.location.findUniqueOrThrow({ where: { name: service.location } });
    const costCenter = await prisma.costCenter.findUniqueOrThrow({ where: { code: service.costCenter } });
    await prisma.service.create({
      data: {
        externalId: service.externalId,
        type: service.type,
        identifier: service.identifier,
        identifierKey: identifierKey(service.identifier),
        vendorId: vendor.id,
        locationId: location.id,
        costCenterId: costCenter.id,
        assignee: service.assignee,
        status: service.status,
        monthlyCost: service.monthlyCost,
        startDate: new Date('2024-01-01T00:00:00Z'),
        ...(service.status === 'disconnected' ? { endDate: new Date('2026-06-30T00:00:00Z') } : {}),
      },
    });
  }
  const users = {} as Record<PersonName, User>;
  for (const [key, person] of Object.entries(people) as Array<[PersonName, (typeof people)[PersonName]]>) {
    users[key] = await prisma.user.create({ data: { ...person, costCenters: [...person.costCenters] } });
  }
  return users;
}

export function viewerOf(user: User): Viewer {
  return {
    userId: user.id,
    displayName: user.name,
    role: user.role,
    costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
  };
}

export function domainDeps(prisma: PrismaClient, now: () => Date = () => today): DomainDeps {
  return { prisma, now, logger: silentLogger };
}
