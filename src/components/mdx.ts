import Reg from './Reg.astro';
import Term from './Term.astro';
import Callout from './Callout.astro';
import ScrollableTable from './ScrollableTable.astro';
import LocalValues from './LocalValues.astro';

/**
 * Components available in every MDX file without an import: the author-facing ones above
 * (`<NilaiInstansi />`: the institution's own values from content/site.yaml, nothing when it lists
 * none), plus
 * every diagram in ./diagrams, registered by file name (`AreaPerubahanDiagram.astro` →
 * `<AreaPerubahanDiagram />`), so adding a diagram needs no code change.
 */
const diagramModules = import.meta.glob<{ default: unknown }>('./diagrams/*.astro', { eager: true });
const diagrams = Object.fromEntries(
  Object.entries(diagramModules).map(([file, mod]) => [file.replace(/^.*\/(\w+)\.astro$/, '$1'), mod.default]),
);

/** `table` is overridden so every Markdown table scrolls sideways on a phone instead of widening the page. */
export const mdxComponents = { Reg, Term, Callout, NilaiInstansi: LocalValues, table: ScrollableTable, ...diagrams };
