// gift-pegjs declares its types for a "main" file its package does not ship; the parser is lib/gift-parser.js.
declare module 'gift-pegjs/lib/gift-parser.js' {
  export * from 'gift-pegjs';
}
