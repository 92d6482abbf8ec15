/** The part of fontkit (pdfkit's font engine, no types of its own) that pdfFonts.ts uses. */
declare module 'fontkit' {
  interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
