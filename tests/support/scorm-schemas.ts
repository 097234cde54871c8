import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * Validates an `imsmanifest.xml` against the SCORM 1.2 schemas (ADL's adlcp_rootv1p2.xsd, which
 * imports IMS Content Packaging 1.1.2, which imports ims_xml.xsd) with libxml2 (xmllint-wasm).
 * libxml2 refuses ADL's ims_xml.xsd as published ("xml namespace URI cannot be the default
 * namespace"), so this harness drops that one attribute in its own copy; the packages ship the
 * file unchanged. Returns libxml2's messages; none means valid.
 */
export async function manifestErrors(manifest: string, schemas: (file: string) => string): Promise<string[]> {
  const imsXml = schemas('ims_xml.xsd').replace(' xmlns="http://www.w3.org/XML/1998/namespace"', '');
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'adlcp_rootv1p2.xsd', contents: schemas('adlcp_rootv1p2.xsd') }],
    preload: [
      { fileName: 'imscp_rootv1p1p2.xsd', contents: schemas('imscp_rootv1p1p2.xsd') },
      { fileName: 'imsmd_rootv1p2p1.xsd', contents: schemas('imsmd_rootv1p2p1.xsd') },
      { fileName: 'ims_xml.xsd', contents: imsXml },
    ],
  });
  return result.valid && !result.errors.length ? [] : result.errors.map((e) => e.rawMessage);
}

/** The schema files as vendored in the repository. */
export const vendoredSchema = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../src/build/scorm/schemas', file), 'utf8');
