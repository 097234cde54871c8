/**
 * What the SCORM packages hold, decided by the course (src/course/scorm-plan.ts) and read by the
 * packaging step (src/build/scorm/) from the download page, which also lists the packages: the
 * page renders the plan as a JSON island and the step removes it once read. Pages are named by
 * their root-absolute web URLs (`/modul/x/`); the step finds them in the offline variant.
 */

/** One SCO: a launch frame that keeps the LMS session while the learner moves between its pages. */
export interface ScormSco {
  /** Short id, unique in the course (`grand-design`, `pretest`). */
  id: string;
  /** Its title in the LMS's table of contents. */
  title: string;
  /**
   * `module`: a lesson and its practice quiz (completed when the lesson is read to the end,
   * passed/failed by the quiz's best score). `exam`: a pre-/post-test in exam mode (no key in its
   * page; scored from the result code on the review page, newest attempt counts).
   */
  kind: 'module' | 'exam';
  /** Its pages, the first one where the SCO starts. */
  pages: string[];
  /** `adlcp:masteryscore`: the pass mark in percent, when the SCO is passed or failed by a score. */
  masteryScore?: number;
}

export interface ScormPackage {
  /** File name in /unduh/scorm/. */
  file: string;
  /** The manifest's identifier (an XML ID: letters, digits, `-`). */
  identifier: string;
  /** The organization's title. */
  title: string;
  scos: ScormSco[];
}

export interface ScormPlan {
  /** Reference pages every package carries (glossary, sources) and that SCO pages may link to. */
  supportPages: string[];
  packages: ScormPackage[];
  /** The manifests' `version`: the site's version and build (at most 20 characters). */
  version: string;
  /** What the packages say outside the site's pages, from the UI dictionary. */
  texts: {
    siteName: string;
    /** The launch frame without JavaScript, and its link to the first page. */
    noScript: string;
    openStart: string;
    /** The adapter's UI strings (src/shared/scorm/ui.ts), written into the SCO pages' `bk-ui` island. */
    adapterUi: Record<string, string>;
  };
}

/** The id of the download page's JSON island that carries the plan. */
export const scormPlanIsland = 'bk-scorm-plan';
