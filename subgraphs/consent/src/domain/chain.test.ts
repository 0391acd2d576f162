import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chain, verifyChain, type ChainedEntry } from './chain.ts';

const build = (contents: Record<string, unknown>[]): ChainedEntry[] => {
  const entries: ChainedEntry[] = [];
  contents.forEach((content, i) => {
    entries.push(
      chain(entries.at(-1) ?? null, {
        subjectId: 's',
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        type: 'DECISION',
        content,
        personalDigest: null,
      }),
    );
  });
  return entries;
};
const headOf = (entries: ChainedEntry[]) => ({ seq: entries.length, hash: entries.at(-1)?.hash ?? '' });
const contents = fc.array(fc.record({ purpose: fc.string(), status: fc.constantFrom('GRANTED', 'DENIED', 'WITHDRAWN') }), {
  minLength: 2,
  maxLength: 12,
});

describe('consent ledger chain', () => {
  it('verifies an untouched chain', () => {
    fc.assert(
      fc.property(contents, (c) => {
        const entries = build(c);
        expect(verifyChain('s', entries, headOf(entries))).toMatchObject({ valid: true, entries: c.length });
      }),
    );
  });

  it('detects any edit at the edited entry', () => {
    fc.assert(
      fc.property(contents, fc.nat(), fc.string(), (c, pick, value) => {
        const entries = build(c);
        const at = pick % entries.length;
        const original = entries[at]!.content.purpose;
        fc.pre(original !== value);
        const tampered = entries.map((e, i) => (i === at ? { ...e, content: { ...e.content, purpose: value } } : e));
        expect(verifyChain('s', tampered, headOf(entries)).firstBrokenSeq).toBe(at + 1);
      }),
    );
  });

  it('detects an edit even when the tamperer recomputes that entry’s hash', () => {
    fc.assert(
      fc.property(contents, fc.nat(), (c, pick) => {
        const entries = build(c);
        const at = pick % (entries.length - 1);
        const edited = chain(at === 0 ? null : entries[at - 1]!, {
          ...entries[at]!,
          content: { ...entries[at]!.content, status: 'FORGED' },
        });
        const tampered = entries.map((e, i) => (i === at ? edited : e));
        expect(verifyChain('s', tampered, headOf(entries)).firstBrokenSeq).toBe(at + 2);
      }),
    );
  });

  it('detects any deletion at the entry that went missing', () => {
    fc.assert(
      fc.property(contents, fc.nat(), (c, pick) => {
        const entries = build(c);
        const at = pick % entries.length;
        const result = verifyChain(
          's',
          entries.filter((_, i) => i !== at),
          headOf(entries),
        );
        expect(result.valid).toBe(false);
        expect(result.firstBrokenSeq).toBe(at + 1);
      }),
    );
  });

  it('detects any reordering at the first displaced entry', () => {
    fc.assert(
      fc.property(contents, fc.nat(), fc.nat(), (c, a, b) => {
        const entries = build(c);
        const i = a % entries.length;
        const j = b % entries.length;
        fc.pre(i !== j);
        const swapped = [...entries];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        expect(verifyChain('s', swapped, headOf(entries)).firstBrokenSeq).toBe(Math.min(i, j) + 1);
      }),
    );
  });

  it('refuses entries of another subject', () => {
    const entries = build([{ a: 1 }, { a: 2 }]);
    expect(verifyChain('other', entries).firstBrokenSeq).toBe(1);
  });
});
