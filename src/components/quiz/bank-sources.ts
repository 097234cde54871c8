import type { Course, CourseQuiz } from '../../course/course';
import type { BankQuizSource } from '../../shared/question-bank/model';
import { questionProps } from './question-props';
import { t } from '../../i18n/t';
import { site } from '../../site';

/**
 * The quizzes as the question bank takes them (src/shared/question-bank/model.ts), in course
 * order: the pre-test, each module's quiz, the post-test. Each becomes one category below the
 * course's name; the citation of each question is resolved as the quiz page resolves it.
 */
export function bankSources(course: Course): BankQuizSource[] {
  const top = site.title;
  const quizzes = [...course.quizzes.values()];
  const source = (quiz: CourseQuiz, name: string): BankQuizSource => ({
    id: quiz.id,
    path: [top, name],
    questions: quiz.data.questions,
    citations: questionProps(course, quiz).map(({ regulation, section }) => {
      const module = section ? course.modules.find((m) => m.id === section.lesson) : undefined;
      const where = section && module ? t('bank.citeSection', { n: module.number, section: section.title }) : undefined;
      return [regulation?.shortName, where].filter(Boolean).join(' · ');
    }),
  });
  const tests = (kind: 'pretest' | 'posttest') => quizzes.filter((q) => q.data.kind === kind).map((q) => source(q, q.data.title));
  const modules = course.modules.flatMap((m) => (m.quiz ? [source(m.quiz, t('lms.moduleTitle', { n: m.number, title: m.lesson.data.title }))] : []));
  return [...tests('pretest'), ...modules, ...tests('posttest')];
}
