import type { ScormPackage } from '../../shared/scorm/plan';

/**
 * `imsmanifest.xml` of a SCORM 1.2 package (ADL SCORM 1.2 Content Aggregation Model, IMS Content
 * Packaging 1.1.2): one organization whose items are the SCOs, each SCO a resource launched by its
 * frame page and listing its own pages, and one asset resource with every file the SCOs share.
 * The schema files it names sit beside it in the package (schemas/, copied unchanged).
 */

export const schemaFiles = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ManifestSco {
  id: string;
  title: string;
  masteryScore?: number;
  /** The launch frame, relative to the package root. */
  launch: string;
  /** The SCO's own files: the launch frame and its pages. */
  files: string[];
}

export interface ManifestInput {
  pkg: Pick<ScormPackage, 'identifier' | 'title'>;
  /** `version` of the manifest (at most 20 characters). */
  version: string;
  scos: ManifestSco[];
  /** Every other file of the package (the manifest and schema files left out). */
  shared: string[];
}

/** The id of the resource that holds the shared files. */
const sharedId = 'berkas-bersama';

export function writeManifest({ pkg, version, scos, shared }: ManifestInput): string {
  const file = (href: string) => `      <file href="${escapeXml(href)}"/>\n`;
  const items = scos
    .map(
      (sco) =>
        `      <item identifier="item-${sco.id}" identifierref="sco-${sco.id}" isvisible="true">\n` +
        `        <title>${escapeXml(sco.title)}</title>\n` +
        (sco.masteryScore === undefined ? '' : `        <adlcp:masteryscore>${sco.masteryScore}</adlcp:masteryscore>\n`) +
        '      </item>\n',
    )
    .join('');
  const resources = scos
    .map(
      (sco) =>
        `    <resource identifier="sco-${sco.id}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(sco.launch)}">\n` +
        sco.files.map(file).join('') +
        `      <dependency identifierref="${sharedId}"/>\n` +
        '    </resource>\n',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<manifest identifier="${escapeXml(pkg.identifier)}" version="${escapeXml(version.slice(0, 20))}"\n` +
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"\n' +
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"\n' +
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd' +
    ' http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd' +
    ' http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">\n' +
    '  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n' +
    '  <organizations default="kursus">\n' +
    '    <organization identifier="kursus">\n' +
    `      <title>${escapeXml(pkg.title)}</title>\n` +
    items +
    '    </organization>\n' +
    '  </organizations>\n' +
    '  <resources>\n' +
    resources +
    `    <resource identifier="${sharedId}" type="webcontent" adlcp:scormtype="asset">\n` +
    shared.map(file).join('') +
    '    </resource>\n' +
    '  </resources>\n' +
    '</manifest>\n'
  );
}
