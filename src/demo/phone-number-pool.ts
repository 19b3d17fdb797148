import type { CatalogLocation } from './demo-catalog.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * Fictional phone numbers of one location. The shuffled 555-01xx block (100 per area code) is
 * handed out first, exactly as the 1× enterprise always has been, so scales up to ~1 stay
 * byte-identical; a larger company then gets 555-2000…555-9999 per area code (8,000 more each,
 * in area-code turn), which keeps every number unique across locations.
 */
export class PhoneNumberPool {
  private readonly reserved: string[];
  private overflowTaken = 0;

  constructor(
    private readonly location: CatalogLocation,
    random: SeededRandom,
  ) {
    if (location.areaCodes.length > 0) {
      const pool = location.areaCodes.flatMap((areaCode) =>
        Array.from({ length: 100 }, (_, index) => `${areaCode}-555-01${String(index).padStart(2, '0')}`),
      );
      this.reserved = random.shuffle(pool);
    } else {
      const prefix = location.fixedLinePrefix ?? '';
      this.reserved = random.shuffle(Array.from({ length: 100 }, (_, index) => `${prefix}${String(100 + index).padStart(3, '0')}`));
    }
  }

  take(): string {
    const number = this.reserved.pop();
    if (number) return number;
    return this.takeOverflow();
  }

  private takeOverflow(): string {
    const index = this.overflowTaken++;
    const areaCodes = this.location.areaCodes;
    if (areaCodes.length > 0) {
      const line = 2000 + Math.floor(index / areaCodes.length);
      if (line <= 9999) return `${areaCodes[index % areaCodes.length]}-555-${line}`;
    } else if (index < 800) {
      return `${this.location.fixedLinePrefix ?? ''}${200 + index}`;
    }
    throw new Error(`phone number pool of ${this.location.code} exhausted`);
  }
}
