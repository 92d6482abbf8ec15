import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFor } from '../../../server/export/pdfFonts.js';
import { PdfText, cleanText, type TextStyle } from '../../../server/export/pdfText.js';

const STYLE: TextStyle = { face: 'regular', size: 10, color: '#000', lineGap: 1 };
const lines = (text: string, width: number) => {
  const wrapped = new PdfText(new PDFDocument()).wrap(text, STYLE, width);
  return wrapped.lines.map((l) => wrapped.text.slice(l.start, l.end));
};

describe('fontFor', () => {
  it.each([
    ['A', 'noto-sans'],
    ['ё', 'noto-sans'],
    ['ب', 'noto-sans-arabic'],
    ['ש', 'noto-sans-hebrew'],
    ['ก', 'noto-sans-thai'],
    ['中', 'noto-sans-sc'],
    ['か', 'noto-sans-sc'],
    ['김', 'noto-sans-kr'],
    ['🎉', 'noto-emoji'],
  ])('draws %s with %s', (ch, family) => {
    expect(fontFor(ch.codePointAt(0)!, 'regular')?.family).toBe(family);
  });
});

describe('PdfText.wrap', () => {
  it('breaks between words, never inside one that fits', () => {
    expect(lines('Family night at the library', 60)).toEqual(['Family night', 'at the library']);
  });

  it('breaks Chinese and Japanese between characters, which have no spaces', () => {
    const wrapped = lines('家长开放日家长开放日家长开放日', 50);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join('')).toBe('家长开放日家长开放日家长开放日');
  });

  it('cuts a word longer than the line between graphemes', () => {
    const wrapped = lines('Supercalifragilisticexpialidocious', 40);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('makes white space one space', () => {
    expect(cleanText('  a\n\tb  ')).toBe('a b');
    expect(lines('', 100)).toEqual([]);
  });
});
