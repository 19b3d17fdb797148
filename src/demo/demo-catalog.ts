// The fictional company's fixed reference data: who it buys from, where it works, how it is
// organised and the prices its contracts fix. Everything random is decided elsewhere, from the seed.

export const companyName = 'Northwind Logistics';
export const emailDomain = 'northwind-logistics.example';

export type DemoDomain = 'telecom' | 'mobility' | 'cloud' | 'saas';
export type DemoServiceType = 'mobile_line' | 'circuit' | 'voice_trunk' | 'pots_line' | 'cloud_account' | 'saas_subscription';

export interface CatalogVendor {
  name: string;
  domain: DemoDomain;
  aliases: string[];
}

export const catalogVendors: CatalogVendor[] = [
  { name: 'AT&T', domain: 'telecom', aliases: ['ATT', 'AT and T', 'AT&T Business'] },
  { name: 'Lumen', domain: 'telecom', aliases: ['Lumen Technologies', 'CenturyLink', 'Level 3'] },
  { name: 'BT', domain: 'telecom', aliases: ['British Telecom', 'BT Business', 'BT Global Services'] },
  { name: 'Orange Business', domain: 'telecom', aliases: ['Orange', 'Orange Business Services', 'OBS'] },
  { name: 'Verizon', domain: 'mobility', aliases: ['Verizon Wireless', 'VZW', 'Verizon Business'] },
  { name: 'T-Mobile', domain: 'mobility', aliases: ['TMobile', 'T-Mobile for Business', 'TMO'] },
  { name: 'AWS', domain: 'cloud', aliases: ['Amazon Web Services', 'Amazon'] },
  { name: 'Microsoft', domain: 'cloud', aliases: ['Azure', 'Microsoft Azure'] },
  { name: 'Google Cloud', domain: 'cloud', aliases: ['GCP', 'Google', 'Google Cloud Platform'] },
  { name: 'Salesforce', domain: 'saas', aliases: ['SFDC', 'Salesforce.com'] },
  { name: 'Zoom', domain: 'saas', aliases: ['Zoom Video Communications', 'Zoom Workplace'] },
  { name: 'Atlassian', domain: 'saas', aliases: ['Jira', 'Confluence'] },
];

export interface CatalogLocation {
  code: string;
  name: string;
  city: string;
  country: string;
  /** Active mobile lines at 1× (0 outside North America: the mobility contracts are US ones). */
  mobileLines: number;
  /** Pool of fictional numbers: area codes whose 555-01xx block is reserved for fiction. */
  areaCodes: string[];
  /** Fictional fixed-line prefix outside North America (the regulators' drama ranges). */
  fixedLinePrefix?: string;
  wirelineCarriers: string[];
  /** Circuit descriptions installed here (each a contract rate of the carrier). */
  circuits: string[];
  trunks: number;
  potsLines: number;
}

const usCircuitsLarge = [
  'MPLS Port 100 Mbps', 'MPLS Port 100 Mbps', 'MPLS Port 50 Mbps', 'Dedicated Internet 1 Gbps', 'Dedicated Internet 1 Gbps',
  'Dedicated Internet 500 Mbps', 'Business Broadband 300 Mbps', 'Business Broadband 300 Mbps', 'Ethernet Private Line 1 Gbps', 'Ethernet Private Line 1 Gbps',
];
const usCircuitsSmall = ['MPLS Port 50 Mbps', 'MPLS Port 50 Mbps', 'Dedicated Internet 500 Mbps', 'Business Broadband 300 Mbps', 'Business Broadband 300 Mbps', 'Dedicated Internet 500 Mbps'];
const intlCircuitsLarge = [
  'MPLS Port 100 Mbps', 'MPLS Port 100 Mbps', 'MPLS Port 50 Mbps', 'Dedicated Internet 1 Gbps', 'Dedicated Internet 500 Mbps',
  'Dedicated Internet 500 Mbps', 'Business Broadband 300 Mbps', 'Business Broadband 300 Mbps', 'Ethernet Private Line 1 Gbps', 'MPLS Port 50 Mbps',
];

export const catalogLocations: CatalogLocation[] = [
  { code: 'CHI1', name: 'Chicago HQ', city: 'Chicago', country: 'United States', mobileLines: 380, areaCodes: ['312', '773', '872', '224', '464'], wirelineCarriers: ['AT&T', 'Lumen'], circuits: usCircuitsLarge, trunks: 2, potsLines: 5 },
  { code: 'CHI2', name: 'Chicago Distribution Center', city: 'Chicago', country: 'United States', mobileLines: 170, areaCodes: ['847', '630', '331', '708'], wirelineCarriers: ['AT&T', 'Lumen'], circuits: usCircuitsSmall, trunks: 1, potsLines: 5 },
  { code: 'DEN1', name: 'Denver Office', city: 'Denver', country: 'United States', mobileLines: 150, areaCodes: ['303', '720'], wirelineCarriers: ['Lumen', 'AT&T'], circuits: usCircuitsSmall, trunks: 1, potsLines: 3 },
  { code: 'DEN2', name: 'Denver Cross-Dock', city: 'Denver', country: 'United States', mobileLines: 90, areaCodes: ['970', '719'], wirelineCarriers: ['Lumen'], circuits: usCircuitsSmall, trunks: 1, potsLines: 4 },
  { code: 'NYC1', name: 'New York Office', city: 'New York', country: 'United States', mobileLines: 260, areaCodes: ['212', '646', '917', '718'], wirelineCarriers: ['AT&T', 'Lumen'], circuits: usCircuitsLarge, trunks: 2, potsLines: 3 },
  { code: 'EWR1', name: 'Newark Port Terminal', city: 'Newark', country: 'United States', mobileLines: 110, areaCodes: ['973', '201'], wirelineCarriers: ['AT&T'], circuits: usCircuitsSmall, trunks: 1, potsLines: 4 },
  { code: 'DAL1', name: 'Dallas Distribution Center', city: 'Dallas', country: 'United States', mobileLines: 250, areaCodes: ['214', '469', '972', '817'], wirelineCarriers: ['AT&T', 'Lumen'], circuits: usCircuitsLarge, trunks: 2, potsLines: 5 },
  { code: 'ATL1', name: 'Atlanta Warehouse', city: 'Atlanta', country: 'United States', mobileLines: 170, areaCodes: ['404', '678', '770'], wirelineCarriers: ['AT&T'], circuits: usCircuitsSmall, trunks: 1, potsLines: 4 },
  { code: 'LAX1', name: 'Los Angeles Port Facility', city: 'Los Angeles', country: 'United States', mobileLines: 180, areaCodes: ['213', '310', '323'], wirelineCarriers: ['Lumen', 'AT&T'], circuits: usCircuitsSmall, trunks: 1, potsLines: 4 },
  { code: 'SEA1', name: 'Seattle Office', city: 'Seattle', country: 'United States', mobileLines: 120, areaCodes: ['206', '425'], wirelineCarriers: ['Lumen'], circuits: usCircuitsSmall, trunks: 1, potsLines: 2 },
  { code: 'YYZ1', name: 'Toronto Office', city: 'Toronto', country: 'Canada', mobileLines: 120, areaCodes: ['416', '647', '437'], wirelineCarriers: ['Lumen'], circuits: usCircuitsSmall, trunks: 1, potsLines: 2 },
  { code: 'YUL1', name: 'Montreal Warehouse', city: 'Montreal', country: 'Canada', mobileLines: 0, areaCodes: ['514', '438'], wirelineCarriers: ['Lumen'], circuits: usCircuitsSmall, trunks: 1, potsLines: 3 },
  { code: 'LON1', name: 'London Office', city: 'London', country: 'United Kingdom', mobileLines: 0, areaCodes: [], fixedLinePrefix: '+44 20 7946 0', wirelineCarriers: ['BT'], circuits: intlCircuitsLarge, trunks: 2, potsLines: 3 },
  { code: 'MAN1', name: 'Manchester Depot', city: 'Manchester', country: 'United Kingdom', mobileLines: 0, areaCodes: [], fixedLinePrefix: '+44 161 496 0', wirelineCarriers: ['BT'], circuits: usCircuitsSmall, trunks: 1, potsLines: 4 },
  { code: 'FRA1', name: 'Frankfurt Hub', city: 'Frankfurt', country: 'Germany', mobileLines: 0, areaCodes: [], fixedLinePrefix: '+49 69 9999 0', wirelineCarriers: ['Orange Business'], circuits: intlCircuitsLarge, trunks: 1, potsLines: 3 },
  { code: 'HAM1', name: 'Hamburg Port Office', city: 'Hamburg', country: 'Germany', mobileLines: 0, areaCodes: [], fixedLinePrefix: '+49 40 9999 0', wirelineCarriers: ['Orange Business'], circuits: usCircuitsSmall, trunks: 1, potsLines: 3 },
  { code: 'PAR1', name: 'Paris Office', city: 'Paris', country: 'France', mobileLines: 0, areaCodes: [], fixedLinePrefix: '+33 1 99 00 0', wirelineCarriers: ['Orange Business'], circuits: usCircuitsSmall, trunks: 1, potsLines: 2 },
];

export interface CatalogCostCenter {
  code: string;
  name: string;
  parent: string | null;
}

export const catalogCostCenters: CatalogCostCenter[] = [
  { code: 'CC-100', name: 'Executive Office', parent: null },
  { code: 'CC-200', name: 'Sales', parent: 'CC-100' },
  { code: 'CC-210', name: 'Sales North America', parent: 'CC-200' },
  { code: 'CC-220', name: 'Sales EMEA', parent: 'CC-200' },
  { code: 'CC-230', name: 'Customer Success', parent: 'CC-200' },
  { code: 'CC-300', name: 'Finance', parent: 'CC-100' },
  { code: 'CC-310', name: 'Accounting', parent: 'CC-300' },
  { code: 'CC-320', name: 'Procurement', parent: 'CC-300' },
  { code: 'CC-400', name: 'Operations', parent: 'CC-100' },
  { code: 'CC-410', name: 'Warehouse Operations', parent: 'CC-400' },
  { code: 'CC-420', name: 'Fleet and Transportation', parent: 'CC-400' },
  { code: 'CC-430', name: 'Customer Service', parent: 'CC-400' },
  { code: 'CC-440', name: 'Facilities', parent: 'CC-400' },
  { code: 'CC-500', name: 'People', parent: 'CC-100' },
  { code: 'CC-510', name: 'Human Resources', parent: 'CC-500' },
  { code: 'CC-520', name: 'Legal', parent: 'CC-500' },
  { code: 'CC-600', name: 'Technology', parent: 'CC-100' },
  { code: 'CC-610', name: 'Cloud Platform', parent: 'CC-600' },
  { code: 'CC-620', name: 'Data and Analytics', parent: 'CC-600' },
  { code: 'CC-630', name: 'Engineering', parent: 'CC-600' },
  { code: 'CC-640', name: 'IT Infrastructure', parent: 'CC-600' },
  { code: 'CC-650', name: 'Security', parent: 'CC-600' },
];

/** Who carries mobile lines (weights sum to 1 per location group). */
export const mobileLineCostCenters: { code: string; weight: number }[] = [
  { code: 'CC-210', weight: 0.16 },
  { code: 'CC-230', weight: 0.06 },
  { code: 'CC-310', weight: 0.03 },
  { code: 'CC-320', weight: 0.03 },
  { code: 'CC-410', weight: 0.22 },
  { code: 'CC-420', weight: 0.24 },
  { code: 'CC-430', weight: 0.1 },
  { code: 'CC-440', weight: 0.04 },
  { code: 'CC-510', weight: 0.03 },
  { code: 'CC-520', weight: 0.01 },
  { code: 'CC-630', weight: 0.05 },
  { code: 'CC-640', weight: 0.03 },
];

export interface CatalogRate {
  vendor: string;
  serviceType: DemoServiceType;
  description: string;
  unitPrice: string;
  unit: string;
}

/** Contracted prices. Every recurring invoice line bills exactly one of these, unless planted. */
export const catalogRates: CatalogRate[] = [
  { vendor: 'AT&T', serviceType: 'circuit', description: 'MPLS Port 100 Mbps', unitPrice: '1450.00', unit: 'port/month' },
  { vendor: 'AT&T', serviceType: 'circuit', description: 'MPLS Port 50 Mbps', unitPrice: '980.00', unit: 'port/month' },
  { vendor: 'AT&T', serviceType: 'circuit', description: 'Dedicated Internet 1 Gbps', unitPrice: '2100.00', unit: 'circuit/month' },
  { vendor: 'AT&T', serviceType: 'circuit', description: 'Dedicated Internet 500 Mbps', unitPrice: '1350.00', unit: 'circuit/month' },
  { vendor: 'AT&T', serviceType: 'circuit', description: 'Business Broadband 300 Mbps', unitPrice: '210.00', unit: 'circuit/month' },
  { vendor: 'AT&T', serviceType: 'circuit', description: 'Ethernet Private Line 1 Gbps', unitPrice: '1875.00', unit: 'circuit/month' },
  { vendor: 'AT&T', serviceType: 'voice_trunk', description: 'SIP Trunk Channel', unitPrice: '17.50', unit: 'channel/month' },
  { vendor: 'AT&T', serviceType: 'pots_line', description: 'Business Line POTS', unitPrice: '68.00', unit: 'line/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'MPLS Port 100 Mbps', unitPrice: '1390.00', unit: 'port/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'MPLS Port 50 Mbps', unitPrice: '1050.00', unit: 'port/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'Dedicated Internet 1 Gbps', unitPrice: '1980.00', unit: 'circuit/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'Dedicated Internet 500 Mbps', unitPrice: '1290.00', unit: 'circuit/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'Business Broadband 300 Mbps', unitPrice: '195.00', unit: 'circuit/month' },
  { vendor: 'Lumen', serviceType: 'circuit', description: 'Ethernet Private Line 1 Gbps', unitPrice: '1820.00', unit: 'circuit/month' },
  { vendor: 'Lumen', serviceType: 'voice_trunk', description: 'SIP Trunk Channel', unitPrice: '16.00', unit: 'channel/month' },
  { vendor: 'Lumen', serviceType: 'pots_line', description: 'Business Line POTS', unitPrice: '62.50', unit: 'line/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'MPLS Port 100 Mbps', unitPrice: '1525.00', unit: 'port/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'MPLS Port 50 Mbps', unitPrice: '1040.00', unit: 'port/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'Dedicated Internet 1 Gbps', unitPrice: '2240.00', unit: 'circuit/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'Dedicated Internet 500 Mbps', unitPrice: '1410.00', unit: 'circuit/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'Business Broadband 300 Mbps', unitPrice: '165.00', unit: 'circuit/month' },
  { vendor: 'BT', serviceType: 'circuit', description: 'Ethernet Private Line 1 Gbps', unitPrice: '1960.00', unit: 'circuit/month' },
  { vendor: 'BT', serviceType: 'voice_trunk', description: 'SIP Trunk Channel', unitPrice: '19.00', unit: 'channel/month' },
  { vendor: 'BT', serviceType: 'pots_line', description: 'Business Line POTS', unitPrice: '54.00', unit: 'line/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'MPLS Port 100 Mbps', unitPrice: '1610.00', unit: 'port/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'MPLS Port 50 Mbps', unitPrice: '1120.00', unit: 'port/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'Dedicated Internet 1 Gbps', unitPrice: '2310.00', unit: 'circuit/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'Dedicated Internet 500 Mbps', unitPrice: '1460.00', unit: 'circuit/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'Business Broadband 300 Mbps', unitPrice: '180.00', unit: 'circuit/month' },
  { vendor: 'Orange Business', serviceType: 'circuit', description: 'Ethernet Private Line 1 Gbps', unitPrice: '2050.00', unit: 'circuit/month' },
  { vendor: 'Orange Business', serviceType: 'voice_trunk', description: 'SIP Trunk Channel', unitPrice: '18.50', unit: 'channel/month' },
  { vendor: 'Orange Business', serviceType: 'pots_line', description: 'Business Line POTS', unitPrice: '49.00', unit: 'line/month' },
  { vendor: 'Verizon', serviceType: 'mobile_line', description: 'Business Unlimited Smartphone', unitPrice: '42.00', unit: 'line/month' },
  { vendor: 'Verizon', serviceType: 'mobile_line', description: 'Business Unlimited Data Device', unitPrice: '30.00', unit: 'line/month' },
  { vendor: 'Verizon', serviceType: 'mobile_line', description: 'Smartphone 5 GB Shared', unitPrice: '35.00', unit: 'line/month' },
  { vendor: 'T-Mobile', serviceType: 'mobile_line', description: 'Business Advanced Unlimited', unitPrice: '40.00', unit: 'line/month' },
  { vendor: 'T-Mobile', serviceType: 'mobile_line', description: 'Mobile Internet 10 GB', unitPrice: '25.00', unit: 'line/month' },
  { vendor: 'T-Mobile', serviceType: 'mobile_line', description: 'Essentials Smartphone', unitPrice: '32.00', unit: 'line/month' },
];

/** Mobile plans by carrier: the smartphone plan, the data-device plan and the cheaper plan. */
export const mobilePlans: Record<'Verizon' | 'T-Mobile', { smartphone: string; dataDevice: string; basic: string }> = {
  Verizon: { smartphone: 'Business Unlimited Smartphone', dataDevice: 'Business Unlimited Data Device', basic: 'Smartphone 5 GB Shared' },
  'T-Mobile': { smartphone: 'Business Advanced Unlimited', dataDevice: 'Mobile Internet 10 GB', basic: 'Essentials Smartphone' },
};

export const firstNames = [
  'Ava', 'Liam', 'Olivia', 'Noah', 'Emma', 'Mateo', 'Sophia', 'Lucas', 'Isabella', 'Ethan', 'Mia', 'James', 'Amelia', 'Benjamin',
  'Harper', 'Elijah', 'Evelyn', 'Daniel', 'Abigail', 'Henry', 'Emily', 'Jackson', 'Ella', 'Sebastian', 'Scarlett', 'Aiden', 'Grace',
  'Samuel', 'Chloe', 'David', 'Priya', 'Arjun', 'Mei', 'Wei', 'Fatima', 'Omar', 'Sofia', 'Diego', 'Aisha', 'Kwame', 'Yuki', 'Hiro',
  'Nadia', 'Ivan', 'Elena', 'Marco', 'Giulia', 'Carlos', 'Lucia', 'Tomas', 'Ingrid', 'Lars', 'Zoe', 'Owen', 'Ruby', 'Caleb', 'Maya',
  'Julian', 'Leah', 'Isaac', 'Nora', 'Gabriel', 'Hazel', 'Anthony', 'Aria', 'Dylan', 'Layla', 'Luke', 'Riley', 'Jayden', 'Stella',
];

export const lastNames = [
  'Anderson', 'Bennett', 'Carter', 'Diaz', 'Evans', 'Foster', 'Garcia', 'Hughes', 'Ibrahim', 'Jensen', 'Kowalski', 'Lopez', 'Morgan',
  'Nguyen', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Underwood', 'Vasquez', 'Walker', 'Xu', 'Young', 'Zimmerman',
  'Brooks', 'Chen', 'Dubois', 'Ellis', 'Fischer', 'Gupta', 'Hansen', 'Ivanova', 'Johnson', 'Kim', 'Larsen', 'Martin', 'Novak',
  "O'Brien", 'Park', 'Reyes', 'Silva', 'Thompson', 'Ueda', 'Vogel', 'Whitfield', 'Yamamoto', 'Zhang', 'Murphy', 'Singh', 'Costa',
];
