import type { Course, CourseQuiz } from './course';
import type { ScormPackage, ScormPlan, ScormSco } from '../shared/scorm/plan';
import { routes } from '../shared/links';
import { scormUiKeys } from '../shared/scorm/ui';
import { pick, t } from '../i18n/t';
import { site } from '../site';
import { buildVersion } from '../build-info';
import pkg from '../../package.json';

/**
 * The SCORM packages of the course (see src/shared/scorm/plan.ts): one per module and one with
 * every module between the pre-test and the post-test. A module is one SCO, its lesson and its
 * quiz together, so the learner moves freely between reading and practising and the LMS keeps
 * one status and one score per module (passed/failed by the pass mark, which is also the
 * manifest's mastery score). A pre-/post-test in exam mode is a SCO of its exam page and the review
 * page that scores its result code; the pre-test has no pass mark, so it is only "completed".
 */

function examSco(quiz: CourseQuiz): ScormSco {
  const pages = quiz.data.exam ? [routes.quiz(quiz.id), routes.quizReview(quiz.id)] : [routes.quiz(quiz.id)];
  return { id: quiz.id, title: quiz.data.title, kind: 'exam', pages, masteryScore: quiz.data.kind === 'pretest' ? undefined : site.passPercent };
}

export function scormPlan(course: Course): ScormPlan {
  const modules = course.modules.map((m): ScormSco => ({
    id: m.id,
    title: t('lms.moduleTitle', { n: m.number, title: m.lesson.data.title }),
    kind: 'module',
    pages: m.quiz ? [routes.lesson(m.id), routes.quiz(m.quiz.id)] : [routes.lesson(m.id)],
    masteryScore: m.quiz ? site.passPercent : undefined,
  }));
  const tests = [...course.quizzes.values()];
  const pretest = tests.filter((q) => q.data.kind === 'pretest').map(examSco);
  const posttest = tests.filter((q) => q.data.kind === 'posttest').map(examSco);
  const name = site.files.folder;
  const whole: ScormPackage = {
    file: `${name}-scorm-semua-modul.zip`,
    identifier: `${name}-semua-modul`,
    title: t('lms.courseTitle', { site: site.title }),
    scos: [...pretest, ...modules, ...posttest],
  };
  const perModule = course.modules.map(
    (m, i): ScormPackage => ({
      file: `${name}-scorm-modul-${m.number}-${m.id}.zip`,
      identifier: `${name}-modul-${m.id}`,
      title: modules[i]!.title,
      scos: [modules[i]!],
    }),
  );
  return {
    supportPages: [routes.glossary(), routes.sources()],
    packages: [whole, ...perModule],
    version: `${pkg.version}+${buildVersion}`.slice(0, 20),
    texts: { siteName: site.title, noScript: t('scorm.noScript'), openStart: t('scorm.openStart'), adapterUi: pick(scormUiKeys) },
  };
}
