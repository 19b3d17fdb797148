import { fileProblem, type Edi811Output } from './edi811-output.js';
import { element, type X12Segment } from './read-x12-segments.js';

/**
 * The X12 envelope around the invoices: ISA…IEA holds GS…GE groups, which hold ST…SE transaction
 * sets. x12-parser checks none of it, so the counts and control numbers are checked here; any
 * mismatch means the file was damaged or cut, and is a file problem.
 */
export class X12Envelope {
  private interchange: { control: string; position: number; groups: number } | undefined;
  private group: { control: string; position: number; transactions: number } | undefined;
  private hasInterchange = false;

  readInterchangeHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (this.interchange)
      out.push(fileProblem(segment, 'ISA', '', `Starts an interchange inside interchange ${this.interchange.control}, which has no IEA`));
    this.interchange = { control: element(segment, 13), position: segment.position, groups: 0 };
    this.hasInterchange = true;
    return out;
  }

  readInterchangeTrailer(segment: X12Segment): Edi811Output[] {
    const interchange = this.interchange;
    if (!interchange) return [fileProblem(segment, 'IEA', '', 'Ends an interchange that was never started (no ISA)')];
    const out: Edi811Output[] = [];
    if (this.group)
      out.push(fileProblem(segment, 'IEA', '', `Ends the interchange while functional group ${this.group.control} is open (no GE)`));
    if (Number(element(segment, 1)) !== interchange.groups || element(segment, 1) === '') {
      out.push(
        fileProblem(
          segment,
          'IEA01',
          element(segment, 1),
          `Says the interchange holds ${element(segment, 1) || 'no'} functional groups, but it holds ${interchange.groups}: the file is damaged`,
        ),
      );
    }
    if (!sameControlNumber(element(segment, 2), interchange.control)) {
      out.push(
        fileProblem(
          segment,
          'IEA02',
          element(segment, 2),
          `Differs from the ISA13 control number ${interchange.control} (segment ${interchange.position})`,
        ),
      );
    }
    this.interchange = undefined;
    return out;
  }

  readGroupHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (!this.interchange) out.push(fileProblem(segment, 'GS', '', 'Starts a functional group outside an interchange (no ISA before it)'));
    if (this.group)
      out.push(fileProblem(segment, 'GS', '', `Starts a functional group inside group ${this.group.control}, which has no GE`));
    if (this.interchange) this.interchange.groups += 1;
    this.group = { control: element(segment, 6), position: segment.position, transactions: 0 };
    return out;
  }

  readGroupTrailer(segment: X12Segment, openTransaction: string | undefined): Edi811Output[] {
    const group = this.group;
    if (!group) return [fileProblem(segment, 'GE', '', 'Ends a functional group that was never started (no GS)')];
    const out: Edi811Output[] = [];
    if (openTransaction !== undefined)
      out.push(fileProblem(segment, 'GE', '', `Ends the group while transaction set ${openTransaction} is open (no SE)`));
    if (Number(element(segment, 1)) !== group.transactions || element(segment, 1) === '') {
      out.push(
        fileProblem(
          segment,
          'GE01',
          element(segment, 1),
          `Says the group holds ${element(segment, 1) || 'no'} transaction sets, but it holds ${group.transactions}: the file is damaged`,
        ),
      );
    }
    if (!sameControlNumber(element(segment, 2), group.control)) {
      out.push(
        fileProblem(
          segment,
          'GE02',
          element(segment, 2),
          `Differs from the GS06 control number ${group.control} (segment ${group.position})`,
        ),
      );
    }
    this.group = undefined;
    return out;
  }

  /** An ST: counted in its group; problems when it stands outside one. */
  startTransaction(segment: X12Segment): Edi811Output[] {
    if (!this.group) return [fileProblem(segment, 'ST', '', 'Starts a transaction set outside a functional group (no GS before it)')];
    this.group.transactions += 1;
    return [];
  }

  /** At the end of the file: anything still open means it was cut short. */
  finish(lastPosition: number, openTransaction: string | undefined): Edi811Output[] {
    if (!this.hasInterchange) {
      return [
        {
          line: 1,
          problems: [
            { line: 1, column: '', value: '', reason: 'The file holds no X12 interchange: an 811 file starts with an ISA segment' },
          ],
          isFileProblem: true,
        },
      ];
    }
    const ends: string[] = [];
    if (openTransaction !== undefined) ends.push(`transaction set ${openTransaction} (no SE)`);
    if (this.group) ends.push(`functional group ${this.group.control} (no GE)`);
    if (this.interchange) ends.push(`interchange ${this.interchange.control} (no IEA)`);
    if (ends.length === 0) return [];
    return [
      {
        line: lastPosition,
        problems: [{ line: lastPosition, column: '', value: '', reason: `The file ends inside ${ends.join(', ')}: it was cut short` }],
        isFileProblem: true,
      },
    ];
  }
}

/** Control numbers are compared as numbers when both are: "000000905" and "905" are one. */
function sameControlNumber(left: string, right: string): boolean {
  if (/^\d+$/.test(left) && /^\d+$/.test(right)) return BigInt(left) === BigInt(right);
  return left.trim() === right.trim();
}
